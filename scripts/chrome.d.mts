// Types for chrome.mjs, so TypeScript tests can share the one place that knows how to start Chromium.
export declare const chromePath: string;
export declare const chromeArgs: string[];
