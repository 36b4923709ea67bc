/** The memory adapter for the `.` export: a module of its own, see ./schemas.ts. */
import * as memoryAdapter from "../api/memory-adapter.js";

export const createMemoryAdapter: typeof memoryAdapter.createMemoryAdapter = memoryAdapter.createMemoryAdapter;
export const loadDemoSeed: typeof memoryAdapter.loadDemoSeed = memoryAdapter.loadDemoSeed;
export const demoIds: typeof memoryAdapter.demoIds = memoryAdapter.demoIds;
