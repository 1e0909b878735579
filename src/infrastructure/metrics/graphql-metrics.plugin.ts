// Times every GraphQL operation, from the request's arrival to its answer, labelled by the operation's name
// (bounded: see VentanillaMetrics.operationAnswered) and type (query, mutation; `unknown` when the document
// did not parse or name an operation).
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { VentanillaMetrics } from './ventanilla-metrics.js';

@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(@Inject(VentanillaMetrics) private readonly metrics: VentanillaMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = performance.now();
    return {
      willSendResponse: async ({ operation, operationName }) => {
        this.metrics.operationAnswered(
          operation === undefined || operation === null ? null : (operationName ?? null),
          operation?.operation ?? 'unknown',
          (performance.now() - started) / 1000,
        );
      },
    };
  }
}
