// Arguments of the notice templates' queries and mutation, validated with class-validator. The rules on
// the text itself (placeholders, tags) are the domain's, so a preview and a publication refuse alike.
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { MAX_BODY_CHARACTERS, MAX_SUBJECT_CHARACTERS } from '../../../domain/notice-template/index.js';
import { TEMPLATE_KEYS, type TemplateKey } from '../../../domain/notifications/notice-kinds.js';
import { NoticeTemplateKeyEnum } from './notice-templates.types.js';

@ArgsType()
export class NoticeTemplateKeyArgs {
  @Field(() => NoticeTemplateKeyEnum) @IsIn(TEMPLATE_KEYS) key!: TemplateKey;
}

@ArgsType()
export class NoticeTemplateVersionArgs extends NoticeTemplateKeyArgs {
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class NoticeTemplateTextArgs extends NoticeTemplateKeyArgs {
  @Field({ description: 'Asunto: una línea.' })
  @IsString()
  @MaxLength(MAX_SUBJECT_CHARACTERS)
  subject!: string;
  @Field({ description: 'Texto del aviso.' }) @IsString() @MaxLength(MAX_BODY_CHARACTERS) body!: string;
}
