// What the application registers of habeas data: the access log's read model, and the erasure the
// `npm run erase` tool runs.
export { HABEAS_DATA_PROJECTIONS } from './read-models/personal-data-accesses-projection.js';
export { PersonalDataErasure, type CompletedErasure, type ErasureRequest } from './personal-data-erasure.js';
