/** Where `npm run build:demo` and `npm start` write the demo (a folder path ending in `/`). */
export declare const demoOutDir: string;
/** Writes the demo to `outDir` (emptied first); resolves with the milliseconds it took. */
export declare function buildDemo(outDir?: string): Promise<number>;
