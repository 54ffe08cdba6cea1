/**
 * Everything the element needs once there is a result — scoring, share codes, the results view
 * and the share actions — in one chunk loaded right after the first screen rather than before it.
 */
export { scoreAnswers } from '../core/scoring.ts';
export { encodeShareCode, decodeShareCode, readShareCode } from '../core/share-code.ts';
export { renderResults } from '../ui/results.ts';
export { runShare } from '../ui/share.ts';
