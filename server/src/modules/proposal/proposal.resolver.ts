import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BallotSession } from '../ballot/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Dossier, DossierLine } from '../dossier/entities.js';
import { Unit } from '../unit/entities.js';
import { CommendationProposal } from './commendation-proposal.entity.js';

@Resolver(() => CommendationProposal)
export class CommendationProposalResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị được đề nghị (unit).' })
  unit(@Root() p: CommendationProposal, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(p.unitId);
  }

  @FieldResolver(() => Covenant, { description: 'Giao ước (covenant).' })
  covenant(@Root() p: CommendationProposal, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(p.covenantId);
  }

  @FieldResolver(() => BallotSession, { description: 'Phiên bỏ phiếu đã đề nghị (ballot session).' })
  session(@Root() p: CommendationProposal, @Ctx() ctx: Context) {
    return ctx.loaders.byId(BallotSession).load(p.sessionId);
  }

  @FieldResolver(() => Dossier, { nullable: true, description: 'Hồ sơ đề nghị đã lập từ đề nghị này (dossier), nếu có và bạn được xem.' })
  dossier(@Root() p: CommendationProposal, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Dossier, p.dossierId);
  }

  @FieldResolver(() => DossierLine, { nullable: true, description: 'Dòng đề nghị lập từ đề nghị này (dossier line), nếu có và bạn được xem.' })
  dossierLine(@Root() p: CommendationProposal, @Ctx() ctx: Context) {
    return ctx.loaders.ref(DossierLine, p.dossierLineId);
  }
}

@Resolver(() => DossierLine)
export class DossierLineProposalResolver {
  @FieldResolver(() => CommendationProposal, {
    nullable: true,
    description: 'Đề nghị từ kết quả bỏ phiếu của khối mà dòng này lập từ đó (proposal): phiên bỏ phiếu, số phiếu; trống với dòng nhập tay.',
  })
  async proposal(@Root() line: DossierLine, @Ctx() ctx: Context) {
    return (await ctx.services.proposals.of(ctx.actor, ctx.loaders, 'dossierLineId', line.id))[0] ?? null;
  }
}

@Resolver(() => Covenant)
export class CovenantProposalsResolver {
  @FieldResolver(() => [CommendationProposal], { description: 'Các đề nghị khen thưởng từ kết quả bỏ phiếu của giao ước (proposals).' })
  proposals(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.services.proposals.of(ctx.actor, ctx.loaders, 'covenantId', covenant.id);
  }
}

@Resolver(() => BallotSession)
export class BallotSessionProposalsResolver {
  @FieldResolver(() => [CommendationProposal], { description: 'Các đề nghị khen thưởng do phiên này tạo khi kết thúc (proposals).' })
  proposals(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.services.proposals.of(ctx.actor, ctx.loaders, 'sessionId', session.id);
  }
}
