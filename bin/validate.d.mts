/** Checks one config file; prints "valid" or every issue with its path. Returns the exit code (0, 1; 2: unreadable). */
export function validateFile(file: string, out?: (line: string) => void, err?: (line: string) => void): number;
