// The personal-data side every feature shares: the people step of the command path (COMMAND_PEOPLE), the
// one door through which a person is shown (PersonalDataAccess), the one through which free texts come
// back (PersonalTexts) and the one through which staff find people (PersonSearch). The vault itself
// (PERSONAL_DATA_STORE) is opened by the infrastructure module.
import { Global, Module } from '@nestjs/common';
import { COMMAND_PEOPLE } from '../engine/commands/run-command.js';
import { FILE_ACCESS_LOG } from '../attachments/attachment-registry.js';
import { PersonalDataAccess } from './personal-data-access.js';
import { PersonRecords } from './person-records.js';
import { PersonalTexts } from './personal-texts.js';
import { PersonSearch } from './person-search.js';

@Global()
@Module({
  providers: [
    PersonRecords,
    { provide: COMMAND_PEOPLE, useExisting: PersonRecords },
    PersonalDataAccess,
    { provide: FILE_ACCESS_LOG, useExisting: PersonalDataAccess },
    PersonalTexts,
    PersonSearch,
  ],
  exports: [COMMAND_PEOPLE, PersonalDataAccess, PersonalTexts, PersonSearch, FILE_ACCESS_LOG],
})
export class PersonalDataModule {}
