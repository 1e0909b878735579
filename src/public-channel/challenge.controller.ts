// `GET /ventanilla/challenge`: a fresh proof-of-work challenge for the filing form's `altcha` widget
// (its `challenge` attribute names this address), or `{ required: false }` when the challenge is off.
// Counted per client address, so a script cannot stock up on challenges to solve elsewhere.
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../identity/auth.js';
import { PublicChallenge, type ChallengeAnswer } from './challenge.js';
import { PublicRateLimit } from './public-rate-limits.js';

@Controller('ventanilla')
export class PublicChallengeController {
  constructor(@Inject(PublicChallenge) private readonly challenge: PublicChallenge) {}

  @Get('challenge')
  @Public()
  @PublicRateLimit('challenge')
  // Each challenge is good once: no cache may hand the same one to two people.
  @Header('Cache-Control', 'no-store')
  async issue(): Promise<ChallengeAnswer> {
    return this.challenge.create();
  }
}
