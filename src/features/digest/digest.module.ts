// The daily digest by e-mail: its scheduler, the look-ups that send a digest once the domain accepts
// its recording. It reads the lists through the "Mi trabajo" queries the PQRS module exports.
import { Module } from '@nestjs/common';
import { DigestLookUps } from './commands.js';
import { DigestScheduler } from './digest-scheduler.js';

@Module({
  providers: [DigestLookUps, DigestScheduler],
})
export class DigestModule {}
