export const HOW_TO_INSTALL: string;
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | null;
export function ensureChromium(options?: { log?: (message: string) => void }): string | null;
