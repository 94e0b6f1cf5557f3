import { JobKind, JobStatus } from '@thidua/shared';
import { graphqlEnum } from '../../core/graphql/enums.js';

export const JobKindEnum = graphqlEnum(JobKind, 'JobKind', 'Loại việc chạy nền.');
export const JobStatusEnum = graphqlEnum(JobStatus, 'JobStatus', 'Trạng thái việc chạy nền.');
