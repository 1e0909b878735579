// What the application registers of joint answers (art. 22): its read model.
import { jointAnswersProjection } from './read-models/joint-answers-projection.js';

export const JOINT_ANSWER_PROJECTIONS = [jointAnswersProjection];
export { jointAnswer } from './commands.js';
export { JointAnswersModule } from './joint-answers.module.js';
export { JointAnswerQueries } from './read-models/joint-answer-queries.js';
