/** The script-tag build: registers every element and exports everything the package's `.` export does. */
import "./define.js";
export * from "./index.js";
