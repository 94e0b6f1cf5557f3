import type { DataSource } from 'typeorm';
import { CommentFieldsResolver } from './comment-fields.resolver.js';
import { CommentLiveResolver } from './comment-live.resolver.js';
import { CommentLiveService } from './comment-live.service.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';

export const commentResolvers = [CommentResolver, CommentFieldsResolver, CommentLiveResolver];
export const commentServices = (db: DataSource) => ({ comments: new CommentService(db), commentsLive: new CommentLiveService(db) });
