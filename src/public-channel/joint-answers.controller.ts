// The public route of joint answers (art. 22 of Ley 1437 de 2011, sustituido por la Ley 1755 de 2015: the
// answer to more than ten equal petitions is published on the entity's web page):
// `GET /ventanilla/respuestas-conjuntas/publicadas` lists them, newest first, for anyone and without a
// session, and the public page «Respuestas conjuntas» reads it. It gives each one's kind, title, answer, day
// of publication and how many petitions it answers — never the radicados, since the public channel never
// tells whether a radicado exists.
import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PQRS_KIND_LABELS } from '../domain/pqrs/labels.js';
import { spanishDate } from '../domain/shared/time.js';
import { JointAnswerQueries } from '../features/joint-answers/index.js';
import { Public } from '../identity/auth.js';
import { PersonalTexts } from '../personal-data/personal-texts.js';
import { PublicRateLimit } from './public-rate-limits.js';

export interface PublishedJointAnswer {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly answer: string;
  /** dd/mm/aaaa. */
  readonly publishedOn: string;
  readonly petitions: number;
}

@Controller('ventanilla/respuestas-conjuntas/publicadas')
export class JointAnswersController {
  constructor(
    @Inject(JointAnswerQueries) private readonly queries: JointAnswerQueries,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {}

  @Get()
  @Public()
  @PublicRateLimit('faq')
  async list(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ jointAnswers: PublishedJointAnswer[] }> {
    response.set('Cache-Control', 'public, max-age=300');
    const published = await this.texts.reveal(await this.queries.published());
    return {
      jointAnswers: published.map((document) => ({
        id: document.id,
        kind: PQRS_KIND_LABELS[document.kind],
        title: document.title,
        answer: document.answer,
        publishedOn: spanishDate(document.publishedOn),
        petitions: document.caseCount,
      })),
    };
  }
}
