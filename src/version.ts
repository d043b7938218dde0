/**
 * Version of the pipeline (code and rules). Part of the resume key: a record made by another version
 * is made again. A test keeps it equal to package.json's version.
 */
export const PIPELINE_VERSION = '0.1.0';
