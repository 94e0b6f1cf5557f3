import type { DataSource } from 'typeorm';
import { CommentFieldsResolver } from './comment-fields.resolver.js';
import { CommentLiveResolver } from './comment-live.resolver.js';
import { CommentLiveService } from './comment-live.service.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { defineFeature } from '../../core/feature.js';
import { Comment } from './comment.entity.js';
import { visibleComments } from './comment.scope.js';

export const commentResolvers = [CommentResolver, CommentFieldsResolver, CommentLiveResolver];
export const commentServices = (db: DataSource) => ({ comments: new CommentService(db), commentsLive: new CommentLiveService(db) });

export const commentFeature = defineFeature({
  name: 'comment',
  resolvers: commentResolvers,
  services: commentServices,
  records: [{ entity: Comment, scope: visibleComments }],
});
