// The injection token of the configuration, alone in its module: configuration.ts reads settings the
// features define (the report settings), and a feature's provider that injects the configuration must
// find the token defined whatever order the modules load in.
export const VENTANILLA_CONFIG = Symbol('VentanillaConfig');
