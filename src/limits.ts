/** GitHub's size limits, shared by the renderer (which steps down detail) and the publishers (which guard). */

/** Characters in an issue or comment body. */
export const ISSUE_BODY_LIMIT = 65_536;

/** Bytes of one step's job summary. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;
