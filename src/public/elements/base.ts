/** The base classes of every element, for the `.` export: a module of their own, see ../schemas.ts. */
import * as payrexElement from "../../core/payrex-element.js";
import * as formControl from "../../core/form-control.js";

export const PayrexElement: typeof payrexElement.PayrexElement = payrexElement.PayrexElement;
export type PayrexElement = payrexElement.PayrexElement;
export const PayrexDataElement: typeof payrexElement.PayrexDataElement = payrexElement.PayrexDataElement;
export type PayrexDataElement = payrexElement.PayrexDataElement;
export const PayrexFormControl: typeof formControl.PayrexFormControl = formControl.PayrexFormControl;
export type PayrexFormControl = formControl.PayrexFormControl;
