// What other features may use of the FAQ / case log: the key PQRS subjects are grouped by (the PQRS
// report groups frequent subjects the same way the FAQ suggests entries for them).
export { meaningfulTermsOf, subjectKeyOf } from './read-models/faq-text.js';
export { FAQ_PROJECTIONS } from './read-models/faq-projections.js';
// Training (Planeación) proposes needs from the year's frequent subjects, counted as the FAQ counts them.
export { pqrsSubjectsProjection, queryFrequentSubjects } from './read-models/pqrs-subjects-projection.js';
