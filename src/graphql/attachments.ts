// Files in the schema: what a record shows of each (never its bytes: those are served by
// `GET /attachments/<id>`), and the argument every command that takes files shares.
import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID } from 'class-validator';

@ObjectType({
  description:
    'Un archivo adjunto: su nombre, el tipo según su contenido, su tamaño y su huella SHA-256; se descarga en /attachments/<id>.',
})
export class Attachment {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'Tipo de contenido, reconocido por el contenido y no por el nombre.' })
  mediaType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field({ description: 'Huella SHA-256 (hexadecimal) del contenido, tal como quedó en el registro.' })
  sha256!: string;
}

/** The most ids one argument takes; the per-filing limit (configuration) is checked with the files. */
const MAX_ATTACHMENT_IDS = 50;

/** `attachmentIds: [ID!]`: the ids `POST /attachments` gave, in the order the files are listed. */
export function AttachmentIdsField(description = 'Archivos subidos con POST /attachments.') {
  return applyDecorators(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    ArrayUnique({ message: 'El mismo archivo adjunto está más de una vez.' }),
    ArrayMaxSize(MAX_ATTACHMENT_IDS),
    IsUUID('4', { each: true, message: 'Un identificador de archivo adjunto no es válido.' }),
  );
}
