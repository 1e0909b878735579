/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Tipo de PQRS: petición, solicitud de información, consulta, queja, reclamo, sugerencia, denuncia, entre autoridades. */
export type PqrsKind =
  | 'CLAIM'
  | 'COMPLAINT'
  | 'CONSULTATION'
  | 'DENUNCIATION'
  | 'INFORMATION_REQUEST'
  | 'INTERAUTHORITY'
  | 'PETITION'
  | 'SUGGESTION';

/** Estado del caso. */
export type PqrsStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'AWAITING_INFORMATION'
  | 'CLOSED'
  | 'RECEIVED'
  | 'TRANSFERRED'
  | 'WITHDRAWN';

/** Semáforo: a tiempo, por vencer, vencida. */
export type TrafficLight =
  | 'DUE_SOON'
  | 'ON_TIME'
  | 'OVERDUE';

export type InboxQueryVariables = Exact<{
  first: number;
}>;


export type InboxQuery = { pqrsList: { totalCount: number, nodes: Array<{ radicado: string, kind: PqrsKind, subject: string, receivedAt: string, dueDate: string, status: PqrsStatus, trafficLight: TrafficLight | null, assignee: { username: string } | null }> } };


export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pqrsList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radicado"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;