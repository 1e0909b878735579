/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardIndicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity!) {\n    indicators(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      granularity\n      buckets {\n        label\n        from\n        to\n        pqrs {\n          received {\n            total\n            byKind {\n              key\n              value\n            }\n            byChannel {\n              key\n              value\n            }\n          }\n          answered {\n            total\n          }\n          answeredOnTime {\n            total\n          }\n          onTimeRate\n          open {\n            total\n          }\n          overdue {\n            total\n          }\n        }\n        satisfaction {\n          overall {\n            answered\n            satisfied\n            satisfactionIndex\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardIndicatorsDocument,
    "\n  query Inbox($first: Int!) {\n    pqrsList(first: $first) {\n      totalCount\n      nodes {\n        radicado\n        kind\n        subject\n        receivedAt\n        dueDate\n        status\n        trafficLight\n        assignee {\n          username\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation IssueReport(\n    $kind: ReportKind!\n    $from: Date!\n    $to: Date!\n    $format: ReportFormat!\n    $asOf: DateTime\n  ) {\n    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n    }\n  }\n": typeof types.IssueReportDocument,
    "\n  query IssuedReports($first: Int!) {\n    issuedReports(first: $first) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n      issuedBy\n      issuedByRole\n    }\n  }\n": typeof types.IssuedReportsDocument,
    "\n  query ReportIssuers {\n    users {\n      id\n      username\n      fullName\n    }\n  }\n": typeof types.ReportIssuersDocument,
};
const documents: Documents = {
    "\n  query DashboardIndicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity!) {\n    indicators(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      granularity\n      buckets {\n        label\n        from\n        to\n        pqrs {\n          received {\n            total\n            byKind {\n              key\n              value\n            }\n            byChannel {\n              key\n              value\n            }\n          }\n          answered {\n            total\n          }\n          answeredOnTime {\n            total\n          }\n          onTimeRate\n          open {\n            total\n          }\n          overdue {\n            total\n          }\n        }\n        satisfaction {\n          overall {\n            answered\n            satisfied\n            satisfactionIndex\n          }\n        }\n      }\n    }\n  }\n": types.DashboardIndicatorsDocument,
    "\n  query Inbox($first: Int!) {\n    pqrsList(first: $first) {\n      totalCount\n      nodes {\n        radicado\n        kind\n        subject\n        receivedAt\n        dueDate\n        status\n        trafficLight\n        assignee {\n          username\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation IssueReport(\n    $kind: ReportKind!\n    $from: Date!\n    $to: Date!\n    $format: ReportFormat!\n    $asOf: DateTime\n  ) {\n    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n    }\n  }\n": types.IssueReportDocument,
    "\n  query IssuedReports($first: Int!) {\n    issuedReports(first: $first) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n      issuedBy\n      issuedByRole\n    }\n  }\n": types.IssuedReportsDocument,
    "\n  query ReportIssuers {\n    users {\n      id\n      username\n      fullName\n    }\n  }\n": types.ReportIssuersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity!) {\n    indicators(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      granularity\n      buckets {\n        label\n        from\n        to\n        pqrs {\n          received {\n            total\n            byKind {\n              key\n              value\n            }\n            byChannel {\n              key\n              value\n            }\n          }\n          answered {\n            total\n          }\n          answeredOnTime {\n            total\n          }\n          onTimeRate\n          open {\n            total\n          }\n          overdue {\n            total\n          }\n        }\n        satisfaction {\n          overall {\n            answered\n            satisfied\n            satisfactionIndex\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardIndicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity!) {\n    indicators(from: $from, to: $to, granularity: $granularity) {\n      from\n      to\n      granularity\n      buckets {\n        label\n        from\n        to\n        pqrs {\n          received {\n            total\n            byKind {\n              key\n              value\n            }\n            byChannel {\n              key\n              value\n            }\n          }\n          answered {\n            total\n          }\n          answeredOnTime {\n            total\n          }\n          onTimeRate\n          open {\n            total\n          }\n          overdue {\n            total\n          }\n        }\n        satisfaction {\n          overall {\n            answered\n            satisfied\n            satisfactionIndex\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!) {\n    pqrsList(first: $first) {\n      totalCount\n      nodes {\n        radicado\n        kind\n        subject\n        receivedAt\n        dueDate\n        status\n        trafficLight\n        assignee {\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!) {\n    pqrsList(first: $first) {\n      totalCount\n      nodes {\n        radicado\n        kind\n        subject\n        receivedAt\n        dueDate\n        status\n        trafficLight\n        assignee {\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueReport(\n    $kind: ReportKind!\n    $from: Date!\n    $to: Date!\n    $format: ReportFormat!\n    $asOf: DateTime\n  ) {\n    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssueReport(\n    $kind: ReportKind!\n    $from: Date!\n    $to: Date!\n    $format: ReportFormat!\n    $asOf: DateTime\n  ) {\n    report(kind: $kind, from: $from, to: $to, format: $format, asOf: $asOf) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedReports($first: Int!) {\n    issuedReports(first: $first) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n      issuedBy\n      issuedByRole\n    }\n  }\n"): (typeof documents)["\n  query IssuedReports($first: Int!) {\n    issuedReports(first: $first) {\n      id\n      kind\n      from\n      to\n      asOf\n      format\n      contentHash\n      fileName\n      downloadUrl\n      issuedAt\n      issuedBy\n      issuedByRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportIssuers {\n    users {\n      id\n      username\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ReportIssuers {\n    users {\n      id\n      username\n      fullName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;