export declare const firefoxPath: string;
export declare const webkitDriverPath: string;
export declare const miniBrowserPath: string;
