// The daily digest by e-mail: its scheduler, the look-ups that send a digest once the domain accepts
// its recording, and the "Mi trabajo" queries it reads the lists through.
import { Module } from '@nestjs/common';
import { pqrsReadModels } from '../pqrs/read-models/pqrs-queries.js';
import { MyWorkQueries } from '../pqrs/read-models/my-work-queries.js';
import { DigestLookUps } from './commands.js';
import { DigestScheduler } from './digest-scheduler.js';

@Module({
  // The PQRS module keeps its queries to itself; the digest gets its own instances of the same classes.
  providers: [pqrsReadModels, MyWorkQueries, DigestLookUps, DigestScheduler],
})
export class DigestModule {}
