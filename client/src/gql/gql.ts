/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Units {\n    units { totalCount }\n  }\n": typeof types.UnitsDocument,
    "\n  query Viewer {\n    viewer {\n      kind name role scopes permissions\n      user { id username displayName mustChangePassword }\n      unit { id name }\n      bloc { id name }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id username displayName mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok userErrors { field message code } }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user { id mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CommentFields on Comment {\n    id body createdAt updatedAt version recordId recordType canEdit canDelete\n    author { kind displayName username }\n    mentions { username displayName }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query CommentsPanel($recordId: ID!, $last: Int!, $before: String) {\n    latestChangeSeq\n    comments(recordId: $recordId, last: $last, before: $before) {\n      pageInfo { hasPreviousPage startCursor }\n      nodes { id ...CommentFields }\n    }\n  }\n": typeof types.CommentsPanelDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { deletedId userErrors { field message code } }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  subscription CommentsChanged($recordId: ID!, $since: String) {\n    commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id ...CommentFields } }\n  }\n": typeof types.CommentsChangedDocument,
    "\n  query MentionableUsers($search: String, $first: Int) {\n    mentionableUsers(search: $search, first: $first) { username displayName }\n  }\n": typeof types.MentionableUsersDocument,
    "\n  subscription Mentions {\n    mentions { id body recordId recordType author { displayName } }\n  }\n": typeof types.MentionsDocument,
    "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    entityType\n    reason\n    changes { field before after }\n  }\n": typeof types.ChangeList_EventFragmentDoc,
    "\n  query HistoryTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Unit { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Person { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Bloc { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Movement { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Covenant { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Decision { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n    }\n  }\n": typeof types.HistoryTimelineDocument,
    "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n": typeof types.BlocOptionsDocument,
    "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n": typeof types.MovementOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n": typeof types.HouseholdOptionsDocument,
    "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n": typeof types.DecisionOptionsDocument,
    "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n": typeof types.AwardTypeOptionsDocument,
    "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n": typeof types.EventOptionsDocument,
    "\n  query NodeLabels($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name area }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Person { fullName }\n      ... on AwardType { nameVi }\n      ... on Decision { number issuer subject }\n    }\n  }\n": typeof types.NodeLabelsDocument,
    "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n": typeof types.RecordNamesDocument,
    "\n  fragment CovenantWorkflow_covenant on Covenant {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n": typeof types.CovenantWorkflow_CovenantFragmentDoc,
    "\n  mutation TransitionCovenant($input: TransitionCovenantInput!) {\n    transitionCovenant(input: $input) {\n      covenant { id ...CovenantWorkflow_covenant }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Covenant { ...CovenantWorkflow_covenant } } }\n    }\n  }\n": typeof types.TransitionCovenantDocument,
    "\n  fragment MovementWorkflow_movement on Movement {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n": typeof types.MovementWorkflow_MovementFragmentDoc,
    "\n  mutation TransitionMovement($input: TransitionMovementInput!) {\n    transitionMovement(input: $input) {\n      movement { id ...MovementWorkflow_movement }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Movement { ...MovementWorkflow_movement } } }\n    }\n  }\n": typeof types.TransitionMovementDocument,
    "\n  query LiveProviderRows {\n    units { nodes { id name } }\n  }\n": typeof types.LiveProviderRowsDocument,
    "\n  fragment MergeDialog_conflict on Conflict {\n    kind currentVersion changedBy\n    fields { field base theirs yours }\n  }\n": typeof types.MergeDialog_ConflictFragmentDoc,
    "\n  query LatestChangeSeq {\n    latestChangeSeq\n  }\n": typeof types.LatestChangeSeqDocument,
    "\n  subscription LiveChanges($since: String) {\n    changes(since: $since) {\n      seq entityType entityId action entityVersion requestId actorId actorName\n      changes { field before after }\n    }\n  }\n": typeof types.LiveChangesDocument,
    "\n  query LivePlanUnit($id: ID!) {\n    unit(id: $id) { id name }\n  }\n": typeof types.LivePlanUnitDocument,
    "\n  query LivePlanUnits {\n    units { nodes { id name } }\n  }\n": typeof types.LivePlanUnitsDocument,
    "\n  query LivePlanPeople {\n    people { nodes { id fullName } }\n  }\n": typeof types.LivePlanPeopleDocument,
    "\n      mutation LiveOwnRename($input: UpdateUnitInput!) {\n        updateUnit(input: $input) { userErrors { code } }\n      }\n    ": typeof types.LiveOwnRenameDocument,
    "query LiveOwnSeq { latestChangeSeq }": typeof types.LiveOwnSeqDocument,
    "\n  mutation PresenceHeartbeat($input: PresenceHeartbeatInput!) {\n    presenceHeartbeat(input: $input) {\n      heartbeat { intervalSeconds }\n      userErrors { code }\n    }\n  }\n": typeof types.PresenceHeartbeatDocument,
    "\n  mutation LeavePresence($clientId: String!) {\n    leavePresence(clientId: $clientId) { left }\n  }\n": typeof types.LeavePresenceDocument,
    "\n  fragment RecordPresence_record on RecordPresence {\n    recordId\n    entries { clientId kind displayName username activity field since }\n  }\n": typeof types.RecordPresence_RecordFragmentDoc,
    "\n  query Presence($ids: [ID!]!) {\n    presence(recordIds: $ids) { ...RecordPresence_record }\n  }\n": typeof types.PresenceDocument,
    "\n  subscription PresenceChanged($ids: [ID!]!) {\n    presenceChanged(recordIds: $ids) { ...RecordPresence_record }\n  }\n": typeof types.PresenceChangedDocument,
    "\n  query AdminUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {\n    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...UsersTab_user }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminTokens($first: Int, $after: String, $last: Int, $before: String) {\n    apiTokens(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...TokensTab_token }\n    }\n  }\n": typeof types.AdminTokensDocument,
    "\n  fragment TokensTab_token on ApiToken {\n    id name prefix scopes expiresAt lastUsedAt revokedAt createdAt rateCapacity ratePerSecond trustedOperations\n  }\n": typeof types.TokensTab_TokenFragmentDoc,
    "\n  fragment UserFormModal_user on User {\n    id username displayName role version\n    unit { id name }\n    bloc { id name }\n  }\n": typeof types.UserFormModal_UserFragmentDoc,
    "\n  fragment UsersTab_user on User {\n    id username displayName role active mustChangePassword lastLoginAt version\n    unit { id name }\n    bloc { id name }\n    ...UserFormModal_user\n  }\n": typeof types.UsersTab_UserFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id name prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id revokedAt version }\n      userErrors { field message code }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username displayName }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName role active unit { id name } bloc { id name } version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on User { displayName role active unit { id name } bloc { id name } version } } }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user { id username mustChangePassword }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  query AuditRecords($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name }\n      ... on Person { fullName }\n      ... on Household { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Covenant { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n      ... on Event { title heldOn }\n      ... on User { displayName }\n      ... on ApiToken { name }\n      ... on UnitLineage { predecessor { id name } successor { id name } }\n      ... on PersonAffiliation { person { id fullName } unit { id name } }\n      ... on BlocMembership { bloc { id name } unit { id name } }\n      ... on BlocYearRole { year role bloc { id name } unit { id name } }\n      ... on BlocLeader { year bloc { id name } unit { id name } }\n      ... on CovenantCriterion { criterionNumber: number title covenant { id title } }\n      ... on CovenantSignature { covenant { id title } unit { id name } }\n      ... on Commendation {\n        year\n        awardType { id nameVi }\n        decision { id }\n        recipientUnit: unit { id name }\n        recipientPerson: person { id fullName }\n        recipientHousehold: household { id name }\n      }\n      ... on CommendationTally { year reporterUnit { id name } }\n    }\n  }\n": typeof types.AuditRecordsDocument,
    "\n  fragment AwardTypeFormModal_awardType on AwardType { id code nameVi nameEn rank cashMultiplier active version }\n": typeof types.AwardTypeFormModal_AwardTypeFragmentDoc,
    "\n  query AwardTypesPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: AwardTypeFilter, $orderBy: [AwardTypeOrder!]) {\n    awardTypes(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id code nameVi nameEn category level subjectKinds rank cashMultiplier active ...AwardTypeFormModal_awardType }\n    }\n  }\n": typeof types.AwardTypesPageDocument,
    "\n  mutation UpdateAwardType($input: UpdateAwardTypeInput!) {\n    updateAwardType(input: $input) {\n      awardType { id ...AwardTypeFormModal_awardType }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on AwardType { ...AwardTypeFormModal_awardType } } }\n    }\n  }\n": typeof types.UpdateAwardTypeDocument,
    "\n  fragment AwardsTable_commendation on Commendation {\n    id year achievement status\n    awardType { id nameVi nameEn }\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    decision { id number issuedOn issuer }\n    bloc { id name }\n  }\n": typeof types.AwardsTable_CommendationFragmentDoc,
    "\n  fragment BlocCommendationsCard_bloc on Bloc {\n    commendations(first: 100) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n": typeof types.BlocCommendationsCard_BlocFragmentDoc,
    "\n  fragment BlocCovenantsCard_bloc on Bloc {\n    id\n    covenants { id year title status signedCount memberCount }\n    covenant(year: $year) { id }\n  }\n": typeof types.BlocCovenantsCard_BlocFragmentDoc,
    "\n  fragment BlocDetails_bloc on Bloc {\n    id code kind level area description\n    parent { id name }\n    ownerUnit { id name }\n    children { id name }\n    foundingDecision { id number issuedOn issuer subject }\n  }\n": typeof types.BlocDetails_BlocFragmentDoc,
    "\n  fragment BlocHistoryCard_bloc on Bloc {\n    yearRoles { id year role unit { id name } }\n    leaders { id year note unit { id name } }\n  }\n": typeof types.BlocHistoryCard_BlocFragmentDoc,
    "\n  fragment BlocMembersCard_bloc on Bloc {\n    id\n    members(year: $year) { year roles isLeading unit { id name } membership { id fromYear toYear } }\n    memberships { id fromYear toYear note unit { id name } }\n  }\n": typeof types.BlocMembersCard_BlocFragmentDoc,
    "\n  query BlocPage($id: ID!, $year: Int!) {\n    bloc(id: $id) {\n      id name kind\n      memberships { id fromYear toYear unit { id } }\n      covenants { id year }\n      ...BlocDetails_bloc\n      ...BlocMembersCard_bloc\n      ...BlocYearRolesCard_bloc\n      ...BlocHistoryCard_bloc\n      ...BlocCovenantsCard_bloc\n      ...BlocCommendationsCard_bloc\n    }\n  }\n": typeof types.BlocPageDocument,
    "\n  query BlocMemberAwards($unitIds: [ID!]!) {\n    commendations(first: 100, filter: { unitId: { in: $unitIds } }, orderBy: [{ field: YEAR, direction: DESC }, { field: AWARD_RANK, direction: DESC }]) {\n      totalCount\n      nodes { id ...AwardsTable_commendation }\n    }\n  }\n": typeof types.BlocMemberAwardsDocument,
    "\n  fragment BlocYearRolesCard_bloc on Bloc {\n    id\n    head(year: $year) { id name }\n    deputy(year: $year) { id name }\n    leader(year: $year) { id note unit { id name } }\n    members(year: $year) { unit { id name } }\n  }\n": typeof types.BlocYearRolesCard_BlocFragmentDoc,
    "\n  query BlocsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: BlocFilter, $orderBy: [BlocOrder!]) {\n    blocs(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id name code kind level area\n        foundingDecision { id number issuer }\n        parent { id name }\n      }\n    }\n  }\n": typeof types.BlocsPageDocument,
    "\n  mutation AddBlocMember($input: AddBlocMemberInput!) {\n    addBlocMember(input: $input) {\n      membership { id fromYear toYear note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AddBlocMemberDocument,
    "\n  mutation EndBlocMembership($input: EndBlocMembershipInput!) {\n    endBlocMembership(input: $input) {\n      membership { id fromYear toYear }\n      userErrors { field message code }\n    }\n  }\n": typeof types.EndBlocMembershipDocument,
    "\n  mutation RemoveBlocMembership($id: ID!) {\n    removeBlocMembership(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n": typeof types.RemoveBlocMembershipDocument,
    "\n  mutation SetBlocYearRoles($input: SetBlocYearRolesInput!) {\n    setBlocYearRoles(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SetBlocYearRolesDocument,
    "\n  mutation RecordBlocLeader($input: RecordBlocLeaderInput!) {\n    recordBlocLeader(input: $input) {\n      leader { id year note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.RecordBlocLeaderDocument,
    "\n  mutation ClearBlocLeader($input: ClearBlocLeaderInput!) {\n    clearBlocLeader(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ClearBlocLeaderDocument,
    "\n  mutation CreateBloc($input: CreateBlocInput!) {\n    createBloc(input: $input) {\n      bloc { id name code kind level area }\n      userErrors { field message code recordId }\n    }\n  }\n": typeof types.CreateBlocDocument,
    "\n  fragment CommendationTable_commendation on Commendation {\n    id year achievement status subjectKind\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    awardType { id nameVi nameEn }\n    decision { id number issuer issuedOn }\n  }\n": typeof types.CommendationTable_CommendationFragmentDoc,
    "\n  query CommendationsPage(\n    $first: Int, $after: String, $last: Int, $before: String,\n    $search: String, $filter: CommendationFilter, $orderBy: [CommendationOrder!]\n  ) {\n    commendations(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": typeof types.CommendationsPageDocument,
    "\n  mutation RecordCommendations($input: RecordCommendationsInput!) {\n    recordCommendations(input: $input) {\n      decision { id number issuer issuedOn subject }\n      commendations { id unit { id } person { id } household { id } bloc { id } }\n      userErrors { field message code recordId }\n    }\n  }\n": typeof types.RecordCommendationsDocument,
    "\n  fragment CovenantHeader_covenant on Covenant {\n    id title year content version\n    bloc { id name }\n  }\n": typeof types.CovenantHeader_CovenantFragmentDoc,
    "\n  query CovenantPage($id: ID!) {\n    covenant(id: $id) {\n      id title year\n      bloc { id name }\n      ...CovenantWorkflow_covenant\n      ...CovenantHeader_covenant\n      ...CriteriaEditor_covenant\n      ...SigningEventCard_covenant\n      ...SignaturesPanel_covenant\n    }\n  }\n": typeof types.CovenantPageDocument,
    "\n  query CovenantsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CovenantFilter, $orderBy: [CovenantOrder!]) {\n    covenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id year title status signedCount memberCount bloc { id name } }\n    }\n  }\n": typeof types.CovenantsPageDocument,
    "\n  fragment CriteriaEditor_covenant on Covenant {\n    id\n    bloc { id }\n    criteria { id number title description maxScore kind rank version parent { id } movements { id name } }\n  }\n": typeof types.CriteriaEditor_CovenantFragmentDoc,
    "\n  fragment SignaturesPanel_covenant on Covenant {\n    id year status signedCount memberCount version\n    bloc { id }\n    signingEvent { id heldOn }\n    signatures { id signedOn signerName signerTitle unit { id name } }\n    unsignedMembers { id name }\n  }\n": typeof types.SignaturesPanel_CovenantFragmentDoc,
    "\n  fragment SigningEventCard_covenant on Covenant {\n    id year\n    bloc { id name }\n    signingEvent { id title heldOn venue attendees hostUnit { id name } }\n  }\n": typeof types.SigningEventCard_CovenantFragmentDoc,
    "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      covenant { id year title status signedCount memberCount bloc { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateCovenantDocument,
    "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      covenant { id title year status content version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Covenant { title year status content version } } }\n    }\n  }\n": typeof types.UpdateCovenantDocument,
    "\n  mutation SetCovenantSigningEvent($input: SetCovenantSigningEventInput!) {\n    setCovenantSigningEvent(input: $input) {\n      covenant { id ...SigningEventCard_covenant ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SetCovenantSigningEventDocument,
    "\n  mutation CreateSigningEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event { id title heldOn venue }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateSigningEventDocument,
    "\n  mutation AddCovenantCriterion($input: AddCovenantCriterionInput!) {\n    addCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AddCovenantCriterionDocument,
    "\n  mutation UpdateCovenantCriterion($input: UpdateCovenantCriterionInput!) {\n    updateCovenantCriterion(input: $input) {\n      criterion { id title description maxScore kind version movements { id name } }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n": typeof types.UpdateCovenantCriterionDocument,
    "\n  mutation MoveCovenantCriterion($input: MoveCovenantCriterionInput!) {\n    moveCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MoveCovenantCriterionDocument,
    "\n  mutation DeleteCovenantCriterion($id: ID!, $expectedVersion: Int) {\n    deleteCovenantCriterion(id: $id, expectedVersion: $expectedVersion) {\n      deletedId\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n": typeof types.DeleteCovenantCriterionDocument,
    "\n  mutation SignCovenant($input: SignCovenantInput!) {\n    signCovenant(input: $input) {\n      signature { id covenant { id ...SignaturesPanel_covenant } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SignCovenantDocument,
    "\n  mutation UnsignCovenant($input: UnsignCovenantInput!) {\n    unsignCovenant(input: $input) {\n      covenant { id ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UnsignCovenantDocument,
    "\n  fragment DashboardCommendations_query on Query {\n    commendationStats(groupBy: [YEAR, AWARD_TYPE], filter: { not: { status: { eq: REVOKED } } }) {\n      count\n      key { year awardType { id nameVi nameEn rank } }\n    }\n  }\n": typeof types.DashboardCommendations_QueryFragmentDoc,
    "\n  query DashboardPage($year: Int!) {\n    ...DashboardCommendations_query\n    ...DashboardDecisions_query\n    ...DashboardCovenants_query\n    ...DashboardHeadlessBlocs_query\n  }\n": typeof types.DashboardPageDocument,
    "\n  fragment DashboardHeadlessBlocs_query on Query {\n    headlessBlocs: blocs(first: 20, filter: { withoutHeadInYear: { eq: $year } }) {\n      totalCount\n      nodes { id name code members(year: $year) { unit { id } } }\n    }\n  }\n": typeof types.DashboardHeadlessBlocs_QueryFragmentDoc,
    "\n  fragment DashboardDecisions_query on Query {\n    recentDecisions: decisions(first: 5, orderBy: [{ field: ISSUED_ON, direction: DESC }]) {\n      totalCount\n      nodes { id number issuedOn issuer subject }\n    }\n  }\n": typeof types.DashboardDecisions_QueryFragmentDoc,
    "\n  fragment DashboardCovenants_query on Query {\n    yearCovenants: covenants(first: 50, filter: { year: { eq: $year } }) {\n      totalCount\n      nodes { id title year status signedCount memberCount bloc { id name } }\n    }\n  }\n": typeof types.DashboardCovenants_QueryFragmentDoc,
    "\n  fragment DecisionFormModal_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note version\n  }\n": typeof types.DecisionFormModal_DecisionFragmentDoc,
    "\n  query DecisionPage($id: ID!) {\n    decision(id: $id) { id number issuer ...DecisionSummary_decision ...DecisionFormModal_decision }\n  }\n": typeof types.DecisionPageDocument,
    "\n  query DecisionCommendations($decisionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { decisionId: { eq: $decisionId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": typeof types.DecisionCommendationsDocument,
    "\n  fragment DecisionSummary_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note\n  }\n": typeof types.DecisionSummary_DecisionFragmentDoc,
    "\n  query DecisionsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: DecisionFilter, $orderBy: [DecisionOrder!]) {\n    decisions(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id number issuedOn issuer issuerLevel signer subject ...DecisionFormModal_decision }\n    }\n  }\n": typeof types.DecisionsPageDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision ...DecisionSummary_decision }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Decision { ...DecisionFormModal_decision ...DecisionSummary_decision } } }\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  fragment MovementCriteria_movement on Movement {\n    id\n    criteria {\n      id number title maxScore\n      covenant { id year title status bloc { id name } }\n    }\n  }\n": typeof types.MovementCriteria_MovementFragmentDoc,
    "\n  fragment MovementFormModal_movement on Movement {\n    id name slogan kind scope startYear endYear\n    launchedBy launchDocument launchedOn goals description version\n    launchDecision { id number issuer subject }\n    parent { id name }\n    organizerUnit { id name area }\n  }\n": typeof types.MovementFormModal_MovementFragmentDoc,
    "\n  fragment MovementGoals_movement on Movement { id goals }\n": typeof types.MovementGoals_MovementFragmentDoc,
    "\n  query MovementPage($id: ID!) {\n    movement(id: $id) {\n      id name\n      ...MovementSummary_movement\n      ...MovementGoals_movement\n      ...MovementCriteria_movement\n      ...MovementFormModal_movement\n      ...MovementWorkflow_movement\n    }\n  }\n": typeof types.MovementPageDocument,
    "\n  query MovementCommendations($movementId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { movementId: { eq: $movementId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": typeof types.MovementCommendationsDocument,
    "\n  fragment MovementSummary_movement on Movement {\n    id slogan kind scope status startYear endYear description\n    launchedBy launchDocument launchedOn\n    launchDecision { id number issuer }\n    organizerUnit { id name }\n    parent { id name }\n    children { id name status }\n  }\n": typeof types.MovementSummary_MovementFragmentDoc,
    "\n  query MovementsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: MovementFilter, $orderBy: [MovementOrder!]) {\n    movements(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name slogan kind scope status startYear endYear launchedBy launchedOn }\n    }\n  }\n": typeof types.MovementsPageDocument,
    "\n  mutation CreateMovement($input: CreateMovementInput!) {\n    createMovement(input: $input) {\n      movement { id ...MovementFormModal_movement }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateMovementDocument,
    "\n  mutation UpdateMovement($input: UpdateMovementInput!) {\n    updateMovement(input: $input) {\n      movement {\n        id\n        ...MovementFormModal_movement\n        ...MovementSummary_movement\n        ...MovementGoals_movement\n        parent { id children { id name status } }\n      }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Movement { ...MovementFormModal_movement ...MovementSummary_movement ...MovementGoals_movement } } }\n    }\n  }\n": typeof types.UpdateMovementDocument,
    "\n  query PeoplePage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: PersonFilter, $orderBy: [PersonOrder!]) {\n    people(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id fullName gender birthYear\n        currentAffiliation { id position unit { id name } }\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  fragment PersonAffiliations_person on Person {\n    id fullName\n    affiliations { id position startedOn endedOn unit { id name } }\n  }\n": typeof types.PersonAffiliations_PersonFragmentDoc,
    "\n  fragment PersonFormModal_person on Person { id fullName gender birthYear note version }\n": typeof types.PersonFormModal_PersonFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id fullName\n      affiliations { id endedOn unit { id } }\n      ...PersonSummary_person ...PersonAffiliations_person ...PersonFormModal_person\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query PersonCommendations($filter: CommendationFilter!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": typeof types.PersonCommendationsDocument,
    "\n  fragment PersonSummary_person on Person {\n    id fullName gender birthYear note\n    currentAffiliation { id position unit { id name } }\n  }\n": typeof types.PersonSummary_PersonFragmentDoc,
    "\n  mutation AddPersonAffiliation($input: AddPersonAffiliationInput!) {\n    addPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AddPersonAffiliationDocument,
    "\n  mutation EndPersonAffiliation($input: EndPersonAffiliationInput!) {\n    endPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.EndPersonAffiliationDocument,
    "\n  mutation DeletePersonAffiliation($id: ID!) {\n    deletePersonAffiliation(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n": typeof types.DeletePersonAffiliationDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person { id ...PersonFormModal_person }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person { id ...PersonFormModal_person ...PersonSummary_person }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Person { ...PersonFormModal_person ...PersonSummary_person } } }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  fragment UnitBlocsCard_unit on Unit {\n    blocMemberships { id fromYear toYear bloc { id name } }\n    blocRoles { id year role bloc { id name } }\n    ledBlocs { id year note bloc { id name } }\n  }\n": typeof types.UnitBlocsCard_UnitFragmentDoc,
    "\n  fragment UnitCommendationsCard_unit on Unit {\n    commendations(first: 100, filter: $commendationFilter) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n": typeof types.UnitCommendationsCard_UnitFragmentDoc,
    "\n  fragment UnitCovenantsCard_unit on Unit {\n    covenantSignatures { id signedOn signerName signerTitle covenant { id year title status bloc { id name } } }\n  }\n": typeof types.UnitCovenantsCard_UnitFragmentDoc,
    "\n  fragment UnitLineageCard_unit on Unit {\n    parent { id name }\n    children { id name }\n    predecessors { id kind effectiveOn note predecessor { id name } decision { id number } }\n    successors { id kind effectiveOn note successor { id name } decision { id number } }\n  }\n": typeof types.UnitLineageCard_UnitFragmentDoc,
    "\n  query UnitPage($id: ID!, $commendationFilter: CommendationFilter) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n      ...UnitBlocsCard_unit\n      ...UnitCommendationsCard_unit\n      ...UnitCovenantsCard_unit\n      ...UnitPeopleCard_unit\n      ...UnitLineageCard_unit\n    }\n    commendationYears: commendationStats(filter: { unitId: { eq: $id } }, groupBy: [YEAR]) { count key { year } }\n  }\n": typeof types.UnitPageDocument,
    "\n  fragment UnitPeopleCard_unit on Unit {\n    people(first: 50) { totalCount nodes { id fullName birthYear gender currentAffiliation { id position } } }\n  }\n": typeof types.UnitPeopleCard_UnitFragmentDoc,
    "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n      conflict { ...MergeDialog_conflict current { id ... on Unit { name shortName kind area note version } } }\n    }\n  }\n": typeof types.UpdateUnitDocument,
};
const documents: Documents = {
    "\n  query Units {\n    units { totalCount }\n  }\n": types.UnitsDocument,
    "\n  query Viewer {\n    viewer {\n      kind name role scopes permissions\n      user { id username displayName mustChangePassword }\n      unit { id name }\n      bloc { id name }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id username displayName mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok userErrors { field message code } }\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user { id mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CommentFields on Comment {\n    id body createdAt updatedAt version recordId recordType canEdit canDelete\n    author { kind displayName username }\n    mentions { username displayName }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query CommentsPanel($recordId: ID!, $last: Int!, $before: String) {\n    latestChangeSeq\n    comments(recordId: $recordId, last: $last, before: $before) {\n      pageInfo { hasPreviousPage startCursor }\n      nodes { id ...CommentFields }\n    }\n  }\n": types.CommentsPanelDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { deletedId userErrors { field message code } }\n  }\n": types.DeleteCommentDocument,
    "\n  subscription CommentsChanged($recordId: ID!, $since: String) {\n    commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id ...CommentFields } }\n  }\n": types.CommentsChangedDocument,
    "\n  query MentionableUsers($search: String, $first: Int) {\n    mentionableUsers(search: $search, first: $first) { username displayName }\n  }\n": types.MentionableUsersDocument,
    "\n  subscription Mentions {\n    mentions { id body recordId recordType author { displayName } }\n  }\n": types.MentionsDocument,
    "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    entityType\n    reason\n    changes { field before after }\n  }\n": types.ChangeList_EventFragmentDoc,
    "\n  query HistoryTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Unit { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Person { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Bloc { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Movement { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Covenant { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Decision { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n    }\n  }\n": types.HistoryTimelineDocument,
    "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n": types.UnitOptionsDocument,
    "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n": types.BlocOptionsDocument,
    "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n": types.MovementOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n": types.PersonOptionsDocument,
    "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n": types.HouseholdOptionsDocument,
    "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n": types.DecisionOptionsDocument,
    "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n": types.AwardTypeOptionsDocument,
    "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n": types.EventOptionsDocument,
    "\n  query NodeLabels($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name area }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Person { fullName }\n      ... on AwardType { nameVi }\n      ... on Decision { number issuer subject }\n    }\n  }\n": types.NodeLabelsDocument,
    "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n": types.RecordNamesDocument,
    "\n  fragment CovenantWorkflow_covenant on Covenant {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n": types.CovenantWorkflow_CovenantFragmentDoc,
    "\n  mutation TransitionCovenant($input: TransitionCovenantInput!) {\n    transitionCovenant(input: $input) {\n      covenant { id ...CovenantWorkflow_covenant }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Covenant { ...CovenantWorkflow_covenant } } }\n    }\n  }\n": types.TransitionCovenantDocument,
    "\n  fragment MovementWorkflow_movement on Movement {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n": types.MovementWorkflow_MovementFragmentDoc,
    "\n  mutation TransitionMovement($input: TransitionMovementInput!) {\n    transitionMovement(input: $input) {\n      movement { id ...MovementWorkflow_movement }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Movement { ...MovementWorkflow_movement } } }\n    }\n  }\n": types.TransitionMovementDocument,
    "\n  query LiveProviderRows {\n    units { nodes { id name } }\n  }\n": types.LiveProviderRowsDocument,
    "\n  fragment MergeDialog_conflict on Conflict {\n    kind currentVersion changedBy\n    fields { field base theirs yours }\n  }\n": types.MergeDialog_ConflictFragmentDoc,
    "\n  query LatestChangeSeq {\n    latestChangeSeq\n  }\n": types.LatestChangeSeqDocument,
    "\n  subscription LiveChanges($since: String) {\n    changes(since: $since) {\n      seq entityType entityId action entityVersion requestId actorId actorName\n      changes { field before after }\n    }\n  }\n": types.LiveChangesDocument,
    "\n  query LivePlanUnit($id: ID!) {\n    unit(id: $id) { id name }\n  }\n": types.LivePlanUnitDocument,
    "\n  query LivePlanUnits {\n    units { nodes { id name } }\n  }\n": types.LivePlanUnitsDocument,
    "\n  query LivePlanPeople {\n    people { nodes { id fullName } }\n  }\n": types.LivePlanPeopleDocument,
    "\n      mutation LiveOwnRename($input: UpdateUnitInput!) {\n        updateUnit(input: $input) { userErrors { code } }\n      }\n    ": types.LiveOwnRenameDocument,
    "query LiveOwnSeq { latestChangeSeq }": types.LiveOwnSeqDocument,
    "\n  mutation PresenceHeartbeat($input: PresenceHeartbeatInput!) {\n    presenceHeartbeat(input: $input) {\n      heartbeat { intervalSeconds }\n      userErrors { code }\n    }\n  }\n": types.PresenceHeartbeatDocument,
    "\n  mutation LeavePresence($clientId: String!) {\n    leavePresence(clientId: $clientId) { left }\n  }\n": types.LeavePresenceDocument,
    "\n  fragment RecordPresence_record on RecordPresence {\n    recordId\n    entries { clientId kind displayName username activity field since }\n  }\n": types.RecordPresence_RecordFragmentDoc,
    "\n  query Presence($ids: [ID!]!) {\n    presence(recordIds: $ids) { ...RecordPresence_record }\n  }\n": types.PresenceDocument,
    "\n  subscription PresenceChanged($ids: [ID!]!) {\n    presenceChanged(recordIds: $ids) { ...RecordPresence_record }\n  }\n": types.PresenceChangedDocument,
    "\n  query AdminUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {\n    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...UsersTab_user }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminTokens($first: Int, $after: String, $last: Int, $before: String) {\n    apiTokens(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...TokensTab_token }\n    }\n  }\n": types.AdminTokensDocument,
    "\n  fragment TokensTab_token on ApiToken {\n    id name prefix scopes expiresAt lastUsedAt revokedAt createdAt rateCapacity ratePerSecond trustedOperations\n  }\n": types.TokensTab_TokenFragmentDoc,
    "\n  fragment UserFormModal_user on User {\n    id username displayName role version\n    unit { id name }\n    bloc { id name }\n  }\n": types.UserFormModal_UserFragmentDoc,
    "\n  fragment UsersTab_user on User {\n    id username displayName role active mustChangePassword lastLoginAt version\n    unit { id name }\n    bloc { id name }\n    ...UserFormModal_user\n  }\n": types.UsersTab_UserFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id name prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id revokedAt version }\n      userErrors { field message code }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username displayName }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName role active unit { id name } bloc { id name } version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on User { displayName role active unit { id name } bloc { id name } version } } }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user { id username mustChangePassword }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n": types.AuditPageDocument,
    "\n  query AuditRecords($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name }\n      ... on Person { fullName }\n      ... on Household { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Covenant { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n      ... on Event { title heldOn }\n      ... on User { displayName }\n      ... on ApiToken { name }\n      ... on UnitLineage { predecessor { id name } successor { id name } }\n      ... on PersonAffiliation { person { id fullName } unit { id name } }\n      ... on BlocMembership { bloc { id name } unit { id name } }\n      ... on BlocYearRole { year role bloc { id name } unit { id name } }\n      ... on BlocLeader { year bloc { id name } unit { id name } }\n      ... on CovenantCriterion { criterionNumber: number title covenant { id title } }\n      ... on CovenantSignature { covenant { id title } unit { id name } }\n      ... on Commendation {\n        year\n        awardType { id nameVi }\n        decision { id }\n        recipientUnit: unit { id name }\n        recipientPerson: person { id fullName }\n        recipientHousehold: household { id name }\n      }\n      ... on CommendationTally { year reporterUnit { id name } }\n    }\n  }\n": types.AuditRecordsDocument,
    "\n  fragment AwardTypeFormModal_awardType on AwardType { id code nameVi nameEn rank cashMultiplier active version }\n": types.AwardTypeFormModal_AwardTypeFragmentDoc,
    "\n  query AwardTypesPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: AwardTypeFilter, $orderBy: [AwardTypeOrder!]) {\n    awardTypes(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id code nameVi nameEn category level subjectKinds rank cashMultiplier active ...AwardTypeFormModal_awardType }\n    }\n  }\n": types.AwardTypesPageDocument,
    "\n  mutation UpdateAwardType($input: UpdateAwardTypeInput!) {\n    updateAwardType(input: $input) {\n      awardType { id ...AwardTypeFormModal_awardType }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on AwardType { ...AwardTypeFormModal_awardType } } }\n    }\n  }\n": types.UpdateAwardTypeDocument,
    "\n  fragment AwardsTable_commendation on Commendation {\n    id year achievement status\n    awardType { id nameVi nameEn }\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    decision { id number issuedOn issuer }\n    bloc { id name }\n  }\n": types.AwardsTable_CommendationFragmentDoc,
    "\n  fragment BlocCommendationsCard_bloc on Bloc {\n    commendations(first: 100) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n": types.BlocCommendationsCard_BlocFragmentDoc,
    "\n  fragment BlocCovenantsCard_bloc on Bloc {\n    id\n    covenants { id year title status signedCount memberCount }\n    covenant(year: $year) { id }\n  }\n": types.BlocCovenantsCard_BlocFragmentDoc,
    "\n  fragment BlocDetails_bloc on Bloc {\n    id code kind level area description\n    parent { id name }\n    ownerUnit { id name }\n    children { id name }\n    foundingDecision { id number issuedOn issuer subject }\n  }\n": types.BlocDetails_BlocFragmentDoc,
    "\n  fragment BlocHistoryCard_bloc on Bloc {\n    yearRoles { id year role unit { id name } }\n    leaders { id year note unit { id name } }\n  }\n": types.BlocHistoryCard_BlocFragmentDoc,
    "\n  fragment BlocMembersCard_bloc on Bloc {\n    id\n    members(year: $year) { year roles isLeading unit { id name } membership { id fromYear toYear } }\n    memberships { id fromYear toYear note unit { id name } }\n  }\n": types.BlocMembersCard_BlocFragmentDoc,
    "\n  query BlocPage($id: ID!, $year: Int!) {\n    bloc(id: $id) {\n      id name kind\n      memberships { id fromYear toYear unit { id } }\n      covenants { id year }\n      ...BlocDetails_bloc\n      ...BlocMembersCard_bloc\n      ...BlocYearRolesCard_bloc\n      ...BlocHistoryCard_bloc\n      ...BlocCovenantsCard_bloc\n      ...BlocCommendationsCard_bloc\n    }\n  }\n": types.BlocPageDocument,
    "\n  query BlocMemberAwards($unitIds: [ID!]!) {\n    commendations(first: 100, filter: { unitId: { in: $unitIds } }, orderBy: [{ field: YEAR, direction: DESC }, { field: AWARD_RANK, direction: DESC }]) {\n      totalCount\n      nodes { id ...AwardsTable_commendation }\n    }\n  }\n": types.BlocMemberAwardsDocument,
    "\n  fragment BlocYearRolesCard_bloc on Bloc {\n    id\n    head(year: $year) { id name }\n    deputy(year: $year) { id name }\n    leader(year: $year) { id note unit { id name } }\n    members(year: $year) { unit { id name } }\n  }\n": types.BlocYearRolesCard_BlocFragmentDoc,
    "\n  query BlocsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: BlocFilter, $orderBy: [BlocOrder!]) {\n    blocs(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id name code kind level area\n        foundingDecision { id number issuer }\n        parent { id name }\n      }\n    }\n  }\n": types.BlocsPageDocument,
    "\n  mutation AddBlocMember($input: AddBlocMemberInput!) {\n    addBlocMember(input: $input) {\n      membership { id fromYear toYear note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n": types.AddBlocMemberDocument,
    "\n  mutation EndBlocMembership($input: EndBlocMembershipInput!) {\n    endBlocMembership(input: $input) {\n      membership { id fromYear toYear }\n      userErrors { field message code }\n    }\n  }\n": types.EndBlocMembershipDocument,
    "\n  mutation RemoveBlocMembership($id: ID!) {\n    removeBlocMembership(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n": types.RemoveBlocMembershipDocument,
    "\n  mutation SetBlocYearRoles($input: SetBlocYearRolesInput!) {\n    setBlocYearRoles(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n": types.SetBlocYearRolesDocument,
    "\n  mutation RecordBlocLeader($input: RecordBlocLeaderInput!) {\n    recordBlocLeader(input: $input) {\n      leader { id year note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n": types.RecordBlocLeaderDocument,
    "\n  mutation ClearBlocLeader($input: ClearBlocLeaderInput!) {\n    clearBlocLeader(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n": types.ClearBlocLeaderDocument,
    "\n  mutation CreateBloc($input: CreateBlocInput!) {\n    createBloc(input: $input) {\n      bloc { id name code kind level area }\n      userErrors { field message code recordId }\n    }\n  }\n": types.CreateBlocDocument,
    "\n  fragment CommendationTable_commendation on Commendation {\n    id year achievement status subjectKind\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    awardType { id nameVi nameEn }\n    decision { id number issuer issuedOn }\n  }\n": types.CommendationTable_CommendationFragmentDoc,
    "\n  query CommendationsPage(\n    $first: Int, $after: String, $last: Int, $before: String,\n    $search: String, $filter: CommendationFilter, $orderBy: [CommendationOrder!]\n  ) {\n    commendations(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": types.CommendationsPageDocument,
    "\n  mutation RecordCommendations($input: RecordCommendationsInput!) {\n    recordCommendations(input: $input) {\n      decision { id number issuer issuedOn subject }\n      commendations { id unit { id } person { id } household { id } bloc { id } }\n      userErrors { field message code recordId }\n    }\n  }\n": types.RecordCommendationsDocument,
    "\n  fragment CovenantHeader_covenant on Covenant {\n    id title year content version\n    bloc { id name }\n  }\n": types.CovenantHeader_CovenantFragmentDoc,
    "\n  query CovenantPage($id: ID!) {\n    covenant(id: $id) {\n      id title year\n      bloc { id name }\n      ...CovenantWorkflow_covenant\n      ...CovenantHeader_covenant\n      ...CriteriaEditor_covenant\n      ...SigningEventCard_covenant\n      ...SignaturesPanel_covenant\n    }\n  }\n": types.CovenantPageDocument,
    "\n  query CovenantsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CovenantFilter, $orderBy: [CovenantOrder!]) {\n    covenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id year title status signedCount memberCount bloc { id name } }\n    }\n  }\n": types.CovenantsPageDocument,
    "\n  fragment CriteriaEditor_covenant on Covenant {\n    id\n    bloc { id }\n    criteria { id number title description maxScore kind rank version parent { id } movements { id name } }\n  }\n": types.CriteriaEditor_CovenantFragmentDoc,
    "\n  fragment SignaturesPanel_covenant on Covenant {\n    id year status signedCount memberCount version\n    bloc { id }\n    signingEvent { id heldOn }\n    signatures { id signedOn signerName signerTitle unit { id name } }\n    unsignedMembers { id name }\n  }\n": types.SignaturesPanel_CovenantFragmentDoc,
    "\n  fragment SigningEventCard_covenant on Covenant {\n    id year\n    bloc { id name }\n    signingEvent { id title heldOn venue attendees hostUnit { id name } }\n  }\n": types.SigningEventCard_CovenantFragmentDoc,
    "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      covenant { id year title status signedCount memberCount bloc { id } }\n      userErrors { field message code }\n    }\n  }\n": types.CreateCovenantDocument,
    "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      covenant { id title year status content version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Covenant { title year status content version } } }\n    }\n  }\n": types.UpdateCovenantDocument,
    "\n  mutation SetCovenantSigningEvent($input: SetCovenantSigningEventInput!) {\n    setCovenantSigningEvent(input: $input) {\n      covenant { id ...SigningEventCard_covenant ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n": types.SetCovenantSigningEventDocument,
    "\n  mutation CreateSigningEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event { id title heldOn venue }\n      userErrors { field message code }\n    }\n  }\n": types.CreateSigningEventDocument,
    "\n  mutation AddCovenantCriterion($input: AddCovenantCriterionInput!) {\n    addCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n": types.AddCovenantCriterionDocument,
    "\n  mutation UpdateCovenantCriterion($input: UpdateCovenantCriterionInput!) {\n    updateCovenantCriterion(input: $input) {\n      criterion { id title description maxScore kind version movements { id name } }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n": types.UpdateCovenantCriterionDocument,
    "\n  mutation MoveCovenantCriterion($input: MoveCovenantCriterionInput!) {\n    moveCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n": types.MoveCovenantCriterionDocument,
    "\n  mutation DeleteCovenantCriterion($id: ID!, $expectedVersion: Int) {\n    deleteCovenantCriterion(id: $id, expectedVersion: $expectedVersion) {\n      deletedId\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n": types.DeleteCovenantCriterionDocument,
    "\n  mutation SignCovenant($input: SignCovenantInput!) {\n    signCovenant(input: $input) {\n      signature { id covenant { id ...SignaturesPanel_covenant } }\n      userErrors { field message code }\n    }\n  }\n": types.SignCovenantDocument,
    "\n  mutation UnsignCovenant($input: UnsignCovenantInput!) {\n    unsignCovenant(input: $input) {\n      covenant { id ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n": types.UnsignCovenantDocument,
    "\n  fragment DashboardCommendations_query on Query {\n    commendationStats(groupBy: [YEAR, AWARD_TYPE], filter: { not: { status: { eq: REVOKED } } }) {\n      count\n      key { year awardType { id nameVi nameEn rank } }\n    }\n  }\n": types.DashboardCommendations_QueryFragmentDoc,
    "\n  query DashboardPage($year: Int!) {\n    ...DashboardCommendations_query\n    ...DashboardDecisions_query\n    ...DashboardCovenants_query\n    ...DashboardHeadlessBlocs_query\n  }\n": types.DashboardPageDocument,
    "\n  fragment DashboardHeadlessBlocs_query on Query {\n    headlessBlocs: blocs(first: 20, filter: { withoutHeadInYear: { eq: $year } }) {\n      totalCount\n      nodes { id name code members(year: $year) { unit { id } } }\n    }\n  }\n": types.DashboardHeadlessBlocs_QueryFragmentDoc,
    "\n  fragment DashboardDecisions_query on Query {\n    recentDecisions: decisions(first: 5, orderBy: [{ field: ISSUED_ON, direction: DESC }]) {\n      totalCount\n      nodes { id number issuedOn issuer subject }\n    }\n  }\n": types.DashboardDecisions_QueryFragmentDoc,
    "\n  fragment DashboardCovenants_query on Query {\n    yearCovenants: covenants(first: 50, filter: { year: { eq: $year } }) {\n      totalCount\n      nodes { id title year status signedCount memberCount bloc { id name } }\n    }\n  }\n": types.DashboardCovenants_QueryFragmentDoc,
    "\n  fragment DecisionFormModal_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note version\n  }\n": types.DecisionFormModal_DecisionFragmentDoc,
    "\n  query DecisionPage($id: ID!) {\n    decision(id: $id) { id number issuer ...DecisionSummary_decision ...DecisionFormModal_decision }\n  }\n": types.DecisionPageDocument,
    "\n  query DecisionCommendations($decisionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { decisionId: { eq: $decisionId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": types.DecisionCommendationsDocument,
    "\n  fragment DecisionSummary_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note\n  }\n": types.DecisionSummary_DecisionFragmentDoc,
    "\n  query DecisionsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: DecisionFilter, $orderBy: [DecisionOrder!]) {\n    decisions(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id number issuedOn issuer issuerLevel signer subject ...DecisionFormModal_decision }\n    }\n  }\n": types.DecisionsPageDocument,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision }\n      userErrors { field message code }\n    }\n  }\n": types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision ...DecisionSummary_decision }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Decision { ...DecisionFormModal_decision ...DecisionSummary_decision } } }\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  fragment MovementCriteria_movement on Movement {\n    id\n    criteria {\n      id number title maxScore\n      covenant { id year title status bloc { id name } }\n    }\n  }\n": types.MovementCriteria_MovementFragmentDoc,
    "\n  fragment MovementFormModal_movement on Movement {\n    id name slogan kind scope startYear endYear\n    launchedBy launchDocument launchedOn goals description version\n    launchDecision { id number issuer subject }\n    parent { id name }\n    organizerUnit { id name area }\n  }\n": types.MovementFormModal_MovementFragmentDoc,
    "\n  fragment MovementGoals_movement on Movement { id goals }\n": types.MovementGoals_MovementFragmentDoc,
    "\n  query MovementPage($id: ID!) {\n    movement(id: $id) {\n      id name\n      ...MovementSummary_movement\n      ...MovementGoals_movement\n      ...MovementCriteria_movement\n      ...MovementFormModal_movement\n      ...MovementWorkflow_movement\n    }\n  }\n": types.MovementPageDocument,
    "\n  query MovementCommendations($movementId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { movementId: { eq: $movementId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": types.MovementCommendationsDocument,
    "\n  fragment MovementSummary_movement on Movement {\n    id slogan kind scope status startYear endYear description\n    launchedBy launchDocument launchedOn\n    launchDecision { id number issuer }\n    organizerUnit { id name }\n    parent { id name }\n    children { id name status }\n  }\n": types.MovementSummary_MovementFragmentDoc,
    "\n  query MovementsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: MovementFilter, $orderBy: [MovementOrder!]) {\n    movements(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name slogan kind scope status startYear endYear launchedBy launchedOn }\n    }\n  }\n": types.MovementsPageDocument,
    "\n  mutation CreateMovement($input: CreateMovementInput!) {\n    createMovement(input: $input) {\n      movement { id ...MovementFormModal_movement }\n      userErrors { field message code }\n    }\n  }\n": types.CreateMovementDocument,
    "\n  mutation UpdateMovement($input: UpdateMovementInput!) {\n    updateMovement(input: $input) {\n      movement {\n        id\n        ...MovementFormModal_movement\n        ...MovementSummary_movement\n        ...MovementGoals_movement\n        parent { id children { id name status } }\n      }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Movement { ...MovementFormModal_movement ...MovementSummary_movement ...MovementGoals_movement } } }\n    }\n  }\n": types.UpdateMovementDocument,
    "\n  query PeoplePage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: PersonFilter, $orderBy: [PersonOrder!]) {\n    people(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id fullName gender birthYear\n        currentAffiliation { id position unit { id name } }\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  fragment PersonAffiliations_person on Person {\n    id fullName\n    affiliations { id position startedOn endedOn unit { id name } }\n  }\n": types.PersonAffiliations_PersonFragmentDoc,
    "\n  fragment PersonFormModal_person on Person { id fullName gender birthYear note version }\n": types.PersonFormModal_PersonFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id fullName\n      affiliations { id endedOn unit { id } }\n      ...PersonSummary_person ...PersonAffiliations_person ...PersonFormModal_person\n    }\n  }\n": types.PersonPageDocument,
    "\n  query PersonCommendations($filter: CommendationFilter!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n": types.PersonCommendationsDocument,
    "\n  fragment PersonSummary_person on Person {\n    id fullName gender birthYear note\n    currentAffiliation { id position unit { id name } }\n  }\n": types.PersonSummary_PersonFragmentDoc,
    "\n  mutation AddPersonAffiliation($input: AddPersonAffiliationInput!) {\n    addPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n": types.AddPersonAffiliationDocument,
    "\n  mutation EndPersonAffiliation($input: EndPersonAffiliationInput!) {\n    endPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n": types.EndPersonAffiliationDocument,
    "\n  mutation DeletePersonAffiliation($id: ID!) {\n    deletePersonAffiliation(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n": types.DeletePersonAffiliationDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person { id ...PersonFormModal_person }\n      userErrors { field message code }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person { id ...PersonFormModal_person ...PersonSummary_person }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Person { ...PersonFormModal_person ...PersonSummary_person } } }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  fragment UnitBlocsCard_unit on Unit {\n    blocMemberships { id fromYear toYear bloc { id name } }\n    blocRoles { id year role bloc { id name } }\n    ledBlocs { id year note bloc { id name } }\n  }\n": types.UnitBlocsCard_UnitFragmentDoc,
    "\n  fragment UnitCommendationsCard_unit on Unit {\n    commendations(first: 100, filter: $commendationFilter) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n": types.UnitCommendationsCard_UnitFragmentDoc,
    "\n  fragment UnitCovenantsCard_unit on Unit {\n    covenantSignatures { id signedOn signerName signerTitle covenant { id year title status bloc { id name } } }\n  }\n": types.UnitCovenantsCard_UnitFragmentDoc,
    "\n  fragment UnitLineageCard_unit on Unit {\n    parent { id name }\n    children { id name }\n    predecessors { id kind effectiveOn note predecessor { id name } decision { id number } }\n    successors { id kind effectiveOn note successor { id name } decision { id number } }\n  }\n": types.UnitLineageCard_UnitFragmentDoc,
    "\n  query UnitPage($id: ID!, $commendationFilter: CommendationFilter) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n      ...UnitBlocsCard_unit\n      ...UnitCommendationsCard_unit\n      ...UnitCovenantsCard_unit\n      ...UnitPeopleCard_unit\n      ...UnitLineageCard_unit\n    }\n    commendationYears: commendationStats(filter: { unitId: { eq: $id } }, groupBy: [YEAR]) { count key { year } }\n  }\n": types.UnitPageDocument,
    "\n  fragment UnitPeopleCard_unit on Unit {\n    people(first: 50) { totalCount nodes { id fullName birthYear gender currentAffiliation { id position } } }\n  }\n": types.UnitPeopleCard_UnitFragmentDoc,
    "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n      conflict { ...MergeDialog_conflict current { id ... on Unit { name shortName kind area note version } } }\n    }\n  }\n": types.UpdateUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units { totalCount }\n  }\n"): (typeof documents)["\n  query Units {\n    units { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind name role scopes permissions\n      user { id username displayName mustChangePassword }\n      unit { id name }\n      bloc { id name }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind name role scopes permissions\n      user { id username displayName mustChangePassword }\n      unit { id name }\n      bloc { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id username displayName mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id username displayName mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user { id mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user { id mustChangePassword }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id body createdAt updatedAt version recordId recordType canEdit canDelete\n    author { kind displayName username }\n    mentions { username displayName }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id body createdAt updatedAt version recordId recordType canEdit canDelete\n    author { kind displayName username }\n    mentions { username displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsPanel($recordId: ID!, $last: Int!, $before: String) {\n    latestChangeSeq\n    comments(recordId: $recordId, last: $last, before: $before) {\n      pageInfo { hasPreviousPage startCursor }\n      nodes { id ...CommentFields }\n    }\n  }\n"): (typeof documents)["\n  query CommentsPanel($recordId: ID!, $last: Int!, $before: String) {\n    latestChangeSeq\n    comments(recordId: $recordId, last: $last, before: $before) {\n      pageInfo { hasPreviousPage startCursor }\n      nodes { id ...CommentFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { deletedId userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) { deletedId userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentsChanged($recordId: ID!, $since: String) {\n    commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id ...CommentFields } }\n  }\n"): (typeof documents)["\n  subscription CommentsChanged($recordId: ID!, $since: String) {\n    commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id ...CommentFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableUsers($search: String, $first: Int) {\n    mentionableUsers(search: $search, first: $first) { username displayName }\n  }\n"): (typeof documents)["\n  query MentionableUsers($search: String, $first: Int) {\n    mentionableUsers(search: $search, first: $first) { username displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Mentions {\n    mentions { id body recordId recordType author { displayName } }\n  }\n"): (typeof documents)["\n  subscription Mentions {\n    mentions { id body recordId recordType author { displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    entityType\n    reason\n    changes { field before after }\n  }\n"): (typeof documents)["\n  fragment ChangeList_event on ChangeEvent {\n    action\n    entityType\n    reason\n    changes { field before after }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Unit { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Person { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Bloc { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Movement { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Covenant { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Decision { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n    }\n  }\n"): (typeof documents)["\n  query HistoryTimeline($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Unit { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Person { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Bloc { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Movement { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Covenant { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n      ... on Decision { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n"): (typeof documents)["\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n"): (typeof documents)["\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n"): (typeof documents)["\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n"): (typeof documents)["\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n"): (typeof documents)["\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLabels($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name area }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Person { fullName }\n      ... on AwardType { nameVi }\n      ... on Decision { number issuer subject }\n    }\n  }\n"): (typeof documents)["\n  query NodeLabels($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name area }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Person { fullName }\n      ... on AwardType { nameVi }\n      ... on Decision { number issuer subject }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n"): (typeof documents)["\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CovenantWorkflow_covenant on Covenant {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n"): (typeof documents)["\n  fragment CovenantWorkflow_covenant on Covenant {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionCovenant($input: TransitionCovenantInput!) {\n    transitionCovenant(input: $input) {\n      covenant { id ...CovenantWorkflow_covenant }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Covenant { ...CovenantWorkflow_covenant } } }\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionCovenant($input: TransitionCovenantInput!) {\n    transitionCovenant(input: $input) {\n      covenant { id ...CovenantWorkflow_covenant }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Covenant { ...CovenantWorkflow_covenant } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementWorkflow_movement on Movement {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n"): (typeof documents)["\n  fragment MovementWorkflow_movement on Movement {\n    id status version\n    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionMovement($input: TransitionMovementInput!) {\n    transitionMovement(input: $input) {\n      movement { id ...MovementWorkflow_movement }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Movement { ...MovementWorkflow_movement } } }\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionMovement($input: TransitionMovementInput!) {\n    transitionMovement(input: $input) {\n      movement { id ...MovementWorkflow_movement }\n      userErrors { field message code }\n      conflict { currentVersion current { id ... on Movement { ...MovementWorkflow_movement } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveProviderRows {\n    units { nodes { id name } }\n  }\n"): (typeof documents)["\n  query LiveProviderRows {\n    units { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MergeDialog_conflict on Conflict {\n    kind currentVersion changedBy\n    fields { field base theirs yours }\n  }\n"): (typeof documents)["\n  fragment MergeDialog_conflict on Conflict {\n    kind currentVersion changedBy\n    fields { field base theirs yours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestChangeSeq {\n    latestChangeSeq\n  }\n"): (typeof documents)["\n  query LatestChangeSeq {\n    latestChangeSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveChanges($since: String) {\n    changes(since: $since) {\n      seq entityType entityId action entityVersion requestId actorId actorName\n      changes { field before after }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveChanges($since: String) {\n    changes(since: $since) {\n      seq entityType entityId action entityVersion requestId actorId actorName\n      changes { field before after }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePlanUnit($id: ID!) {\n    unit(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query LivePlanUnit($id: ID!) {\n    unit(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePlanUnits {\n    units { nodes { id name } }\n  }\n"): (typeof documents)["\n  query LivePlanUnits {\n    units { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePlanPeople {\n    people { nodes { id fullName } }\n  }\n"): (typeof documents)["\n  query LivePlanPeople {\n    people { nodes { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LiveOwnRename($input: UpdateUnitInput!) {\n        updateUnit(input: $input) { userErrors { code } }\n      }\n    "): (typeof documents)["\n      mutation LiveOwnRename($input: UpdateUnitInput!) {\n        updateUnit(input: $input) { userErrors { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveOwnSeq { latestChangeSeq }"): (typeof documents)["query LiveOwnSeq { latestChangeSeq }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresenceHeartbeat($input: PresenceHeartbeatInput!) {\n    presenceHeartbeat(input: $input) {\n      heartbeat { intervalSeconds }\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation PresenceHeartbeat($input: PresenceHeartbeatInput!) {\n    presenceHeartbeat(input: $input) {\n      heartbeat { intervalSeconds }\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePresence($clientId: String!) {\n    leavePresence(clientId: $clientId) { left }\n  }\n"): (typeof documents)["\n  mutation LeavePresence($clientId: String!) {\n    leavePresence(clientId: $clientId) { left }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordPresence_record on RecordPresence {\n    recordId\n    entries { clientId kind displayName username activity field since }\n  }\n"): (typeof documents)["\n  fragment RecordPresence_record on RecordPresence {\n    recordId\n    entries { clientId kind displayName username activity field since }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Presence($ids: [ID!]!) {\n    presence(recordIds: $ids) { ...RecordPresence_record }\n  }\n"): (typeof documents)["\n  query Presence($ids: [ID!]!) {\n    presence(recordIds: $ids) { ...RecordPresence_record }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceChanged($ids: [ID!]!) {\n    presenceChanged(recordIds: $ids) { ...RecordPresence_record }\n  }\n"): (typeof documents)["\n  subscription PresenceChanged($ids: [ID!]!) {\n    presenceChanged(recordIds: $ids) { ...RecordPresence_record }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {\n    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...UsersTab_user }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {\n    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...UsersTab_user }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTokens($first: Int, $after: String, $last: Int, $before: String) {\n    apiTokens(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...TokensTab_token }\n    }\n  }\n"): (typeof documents)["\n  query AdminTokens($first: Int, $after: String, $last: Int, $before: String) {\n    apiTokens(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...TokensTab_token }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokensTab_token on ApiToken {\n    id name prefix scopes expiresAt lastUsedAt revokedAt createdAt rateCapacity ratePerSecond trustedOperations\n  }\n"): (typeof documents)["\n  fragment TokensTab_token on ApiToken {\n    id name prefix scopes expiresAt lastUsedAt revokedAt createdAt rateCapacity ratePerSecond trustedOperations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFormModal_user on User {\n    id username displayName role version\n    unit { id name }\n    bloc { id name }\n  }\n"): (typeof documents)["\n  fragment UserFormModal_user on User {\n    id username displayName role version\n    unit { id name }\n    bloc { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTab_user on User {\n    id username displayName role active mustChangePassword lastLoginAt version\n    unit { id name }\n    bloc { id name }\n    ...UserFormModal_user\n  }\n"): (typeof documents)["\n  fragment UsersTab_user on User {\n    id username displayName role active mustChangePassword lastLoginAt version\n    unit { id name }\n    bloc { id name }\n    ...UserFormModal_user\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id name prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token { id name prefix }\n      secret\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id revokedAt version }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token { id revokedAt version }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username displayName }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username displayName }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName role active unit { id name } bloc { id name } version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on User { displayName role active unit { id name } bloc { id name } version } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id displayName role active unit { id name } bloc { id name } version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on User { displayName role active unit { id name } bloc { id name } version } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user { id username mustChangePassword }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user { id username mustChangePassword }\n      oneTimePassword\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditRecords($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name }\n      ... on Person { fullName }\n      ... on Household { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Covenant { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n      ... on Event { title heldOn }\n      ... on User { displayName }\n      ... on ApiToken { name }\n      ... on UnitLineage { predecessor { id name } successor { id name } }\n      ... on PersonAffiliation { person { id fullName } unit { id name } }\n      ... on BlocMembership { bloc { id name } unit { id name } }\n      ... on BlocYearRole { year role bloc { id name } unit { id name } }\n      ... on BlocLeader { year bloc { id name } unit { id name } }\n      ... on CovenantCriterion { criterionNumber: number title covenant { id title } }\n      ... on CovenantSignature { covenant { id title } unit { id name } }\n      ... on Commendation {\n        year\n        awardType { id nameVi }\n        decision { id }\n        recipientUnit: unit { id name }\n        recipientPerson: person { id fullName }\n        recipientHousehold: household { id name }\n      }\n      ... on CommendationTally { year reporterUnit { id name } }\n    }\n  }\n"): (typeof documents)["\n  query AuditRecords($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Unit { name }\n      ... on Person { fullName }\n      ... on Household { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Covenant { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n      ... on Event { title heldOn }\n      ... on User { displayName }\n      ... on ApiToken { name }\n      ... on UnitLineage { predecessor { id name } successor { id name } }\n      ... on PersonAffiliation { person { id fullName } unit { id name } }\n      ... on BlocMembership { bloc { id name } unit { id name } }\n      ... on BlocYearRole { year role bloc { id name } unit { id name } }\n      ... on BlocLeader { year bloc { id name } unit { id name } }\n      ... on CovenantCriterion { criterionNumber: number title covenant { id title } }\n      ... on CovenantSignature { covenant { id title } unit { id name } }\n      ... on Commendation {\n        year\n        awardType { id nameVi }\n        decision { id }\n        recipientUnit: unit { id name }\n        recipientPerson: person { id fullName }\n        recipientHousehold: household { id name }\n      }\n      ... on CommendationTally { year reporterUnit { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardTypeFormModal_awardType on AwardType { id code nameVi nameEn rank cashMultiplier active version }\n"): (typeof documents)["\n  fragment AwardTypeFormModal_awardType on AwardType { id code nameVi nameEn rank cashMultiplier active version }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardTypesPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: AwardTypeFilter, $orderBy: [AwardTypeOrder!]) {\n    awardTypes(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id code nameVi nameEn category level subjectKinds rank cashMultiplier active ...AwardTypeFormModal_awardType }\n    }\n  }\n"): (typeof documents)["\n  query AwardTypesPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: AwardTypeFilter, $orderBy: [AwardTypeOrder!]) {\n    awardTypes(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id code nameVi nameEn category level subjectKinds rank cashMultiplier active ...AwardTypeFormModal_awardType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwardType($input: UpdateAwardTypeInput!) {\n    updateAwardType(input: $input) {\n      awardType { id ...AwardTypeFormModal_awardType }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on AwardType { ...AwardTypeFormModal_awardType } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAwardType($input: UpdateAwardTypeInput!) {\n    updateAwardType(input: $input) {\n      awardType { id ...AwardTypeFormModal_awardType }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on AwardType { ...AwardTypeFormModal_awardType } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwardsTable_commendation on Commendation {\n    id year achievement status\n    awardType { id nameVi nameEn }\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    decision { id number issuedOn issuer }\n    bloc { id name }\n  }\n"): (typeof documents)["\n  fragment AwardsTable_commendation on Commendation {\n    id year achievement status\n    awardType { id nameVi nameEn }\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    decision { id number issuedOn issuer }\n    bloc { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocCommendationsCard_bloc on Bloc {\n    commendations(first: 100) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n"): (typeof documents)["\n  fragment BlocCommendationsCard_bloc on Bloc {\n    commendations(first: 100) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocCovenantsCard_bloc on Bloc {\n    id\n    covenants { id year title status signedCount memberCount }\n    covenant(year: $year) { id }\n  }\n"): (typeof documents)["\n  fragment BlocCovenantsCard_bloc on Bloc {\n    id\n    covenants { id year title status signedCount memberCount }\n    covenant(year: $year) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocDetails_bloc on Bloc {\n    id code kind level area description\n    parent { id name }\n    ownerUnit { id name }\n    children { id name }\n    foundingDecision { id number issuedOn issuer subject }\n  }\n"): (typeof documents)["\n  fragment BlocDetails_bloc on Bloc {\n    id code kind level area description\n    parent { id name }\n    ownerUnit { id name }\n    children { id name }\n    foundingDecision { id number issuedOn issuer subject }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocHistoryCard_bloc on Bloc {\n    yearRoles { id year role unit { id name } }\n    leaders { id year note unit { id name } }\n  }\n"): (typeof documents)["\n  fragment BlocHistoryCard_bloc on Bloc {\n    yearRoles { id year role unit { id name } }\n    leaders { id year note unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocMembersCard_bloc on Bloc {\n    id\n    members(year: $year) { year roles isLeading unit { id name } membership { id fromYear toYear } }\n    memberships { id fromYear toYear note unit { id name } }\n  }\n"): (typeof documents)["\n  fragment BlocMembersCard_bloc on Bloc {\n    id\n    members(year: $year) { year roles isLeading unit { id name } membership { id fromYear toYear } }\n    memberships { id fromYear toYear note unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlocPage($id: ID!, $year: Int!) {\n    bloc(id: $id) {\n      id name kind\n      memberships { id fromYear toYear unit { id } }\n      covenants { id year }\n      ...BlocDetails_bloc\n      ...BlocMembersCard_bloc\n      ...BlocYearRolesCard_bloc\n      ...BlocHistoryCard_bloc\n      ...BlocCovenantsCard_bloc\n      ...BlocCommendationsCard_bloc\n    }\n  }\n"): (typeof documents)["\n  query BlocPage($id: ID!, $year: Int!) {\n    bloc(id: $id) {\n      id name kind\n      memberships { id fromYear toYear unit { id } }\n      covenants { id year }\n      ...BlocDetails_bloc\n      ...BlocMembersCard_bloc\n      ...BlocYearRolesCard_bloc\n      ...BlocHistoryCard_bloc\n      ...BlocCovenantsCard_bloc\n      ...BlocCommendationsCard_bloc\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlocMemberAwards($unitIds: [ID!]!) {\n    commendations(first: 100, filter: { unitId: { in: $unitIds } }, orderBy: [{ field: YEAR, direction: DESC }, { field: AWARD_RANK, direction: DESC }]) {\n      totalCount\n      nodes { id ...AwardsTable_commendation }\n    }\n  }\n"): (typeof documents)["\n  query BlocMemberAwards($unitIds: [ID!]!) {\n    commendations(first: 100, filter: { unitId: { in: $unitIds } }, orderBy: [{ field: YEAR, direction: DESC }, { field: AWARD_RANK, direction: DESC }]) {\n      totalCount\n      nodes { id ...AwardsTable_commendation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlocYearRolesCard_bloc on Bloc {\n    id\n    head(year: $year) { id name }\n    deputy(year: $year) { id name }\n    leader(year: $year) { id note unit { id name } }\n    members(year: $year) { unit { id name } }\n  }\n"): (typeof documents)["\n  fragment BlocYearRolesCard_bloc on Bloc {\n    id\n    head(year: $year) { id name }\n    deputy(year: $year) { id name }\n    leader(year: $year) { id note unit { id name } }\n    members(year: $year) { unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlocsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: BlocFilter, $orderBy: [BlocOrder!]) {\n    blocs(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id name code kind level area\n        foundingDecision { id number issuer }\n        parent { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlocsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: BlocFilter, $orderBy: [BlocOrder!]) {\n    blocs(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id name code kind level area\n        foundingDecision { id number issuer }\n        parent { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBlocMember($input: AddBlocMemberInput!) {\n    addBlocMember(input: $input) {\n      membership { id fromYear toYear note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddBlocMember($input: AddBlocMemberInput!) {\n    addBlocMember(input: $input) {\n      membership { id fromYear toYear note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndBlocMembership($input: EndBlocMembershipInput!) {\n    endBlocMembership(input: $input) {\n      membership { id fromYear toYear }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EndBlocMembership($input: EndBlocMembershipInput!) {\n    endBlocMembership(input: $input) {\n      membership { id fromYear toYear }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBlocMembership($id: ID!) {\n    removeBlocMembership(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveBlocMembership($id: ID!) {\n    removeBlocMembership(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBlocYearRoles($input: SetBlocYearRolesInput!) {\n    setBlocYearRoles(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBlocYearRoles($input: SetBlocYearRolesInput!) {\n    setBlocYearRoles(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBlocLeader($input: RecordBlocLeaderInput!) {\n    recordBlocLeader(input: $input) {\n      leader { id year note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordBlocLeader($input: RecordBlocLeaderInput!) {\n    recordBlocLeader(input: $input) {\n      leader { id year note unit { id name } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearBlocLeader($input: ClearBlocLeaderInput!) {\n    clearBlocLeader(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearBlocLeader($input: ClearBlocLeaderInput!) {\n    clearBlocLeader(input: $input) {\n      bloc { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBloc($input: CreateBlocInput!) {\n    createBloc(input: $input) {\n      bloc { id name code kind level area }\n      userErrors { field message code recordId }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBloc($input: CreateBlocInput!) {\n    createBloc(input: $input) {\n      bloc { id name code kind level area }\n      userErrors { field message code recordId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommendationTable_commendation on Commendation {\n    id year achievement status subjectKind\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    awardType { id nameVi nameEn }\n    decision { id number issuer issuedOn }\n  }\n"): (typeof documents)["\n  fragment CommendationTable_commendation on Commendation {\n    id year achievement status subjectKind\n    unit { id name }\n    person { id fullName }\n    household { id name }\n    awardType { id nameVi nameEn }\n    decision { id number issuer issuedOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommendationsPage(\n    $first: Int, $after: String, $last: Int, $before: String,\n    $search: String, $filter: CommendationFilter, $orderBy: [CommendationOrder!]\n  ) {\n    commendations(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"): (typeof documents)["\n  query CommendationsPage(\n    $first: Int, $after: String, $last: Int, $before: String,\n    $search: String, $filter: CommendationFilter, $orderBy: [CommendationOrder!]\n  ) {\n    commendations(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommendations($input: RecordCommendationsInput!) {\n    recordCommendations(input: $input) {\n      decision { id number issuer issuedOn subject }\n      commendations { id unit { id } person { id } household { id } bloc { id } }\n      userErrors { field message code recordId }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommendations($input: RecordCommendationsInput!) {\n    recordCommendations(input: $input) {\n      decision { id number issuer issuedOn subject }\n      commendations { id unit { id } person { id } household { id } bloc { id } }\n      userErrors { field message code recordId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CovenantHeader_covenant on Covenant {\n    id title year content version\n    bloc { id name }\n  }\n"): (typeof documents)["\n  fragment CovenantHeader_covenant on Covenant {\n    id title year content version\n    bloc { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantPage($id: ID!) {\n    covenant(id: $id) {\n      id title year\n      bloc { id name }\n      ...CovenantWorkflow_covenant\n      ...CovenantHeader_covenant\n      ...CriteriaEditor_covenant\n      ...SigningEventCard_covenant\n      ...SignaturesPanel_covenant\n    }\n  }\n"): (typeof documents)["\n  query CovenantPage($id: ID!) {\n    covenant(id: $id) {\n      id title year\n      bloc { id name }\n      ...CovenantWorkflow_covenant\n      ...CovenantHeader_covenant\n      ...CriteriaEditor_covenant\n      ...SigningEventCard_covenant\n      ...SignaturesPanel_covenant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CovenantFilter, $orderBy: [CovenantOrder!]) {\n    covenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id year title status signedCount memberCount bloc { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CovenantsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CovenantFilter, $orderBy: [CovenantOrder!]) {\n    covenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id year title status signedCount memberCount bloc { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaEditor_covenant on Covenant {\n    id\n    bloc { id }\n    criteria { id number title description maxScore kind rank version parent { id } movements { id name } }\n  }\n"): (typeof documents)["\n  fragment CriteriaEditor_covenant on Covenant {\n    id\n    bloc { id }\n    criteria { id number title description maxScore kind rank version parent { id } movements { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignaturesPanel_covenant on Covenant {\n    id year status signedCount memberCount version\n    bloc { id }\n    signingEvent { id heldOn }\n    signatures { id signedOn signerName signerTitle unit { id name } }\n    unsignedMembers { id name }\n  }\n"): (typeof documents)["\n  fragment SignaturesPanel_covenant on Covenant {\n    id year status signedCount memberCount version\n    bloc { id }\n    signingEvent { id heldOn }\n    signatures { id signedOn signerName signerTitle unit { id name } }\n    unsignedMembers { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SigningEventCard_covenant on Covenant {\n    id year\n    bloc { id name }\n    signingEvent { id title heldOn venue attendees hostUnit { id name } }\n  }\n"): (typeof documents)["\n  fragment SigningEventCard_covenant on Covenant {\n    id year\n    bloc { id name }\n    signingEvent { id title heldOn venue attendees hostUnit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      covenant { id year title status signedCount memberCount bloc { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCovenant($input: CreateCovenantInput!) {\n    createCovenant(input: $input) {\n      covenant { id year title status signedCount memberCount bloc { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      covenant { id title year status content version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Covenant { title year status content version } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      covenant { id title year status content version }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Covenant { title year status content version } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCovenantSigningEvent($input: SetCovenantSigningEventInput!) {\n    setCovenantSigningEvent(input: $input) {\n      covenant { id ...SigningEventCard_covenant ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCovenantSigningEvent($input: SetCovenantSigningEventInput!) {\n    setCovenantSigningEvent(input: $input) {\n      covenant { id ...SigningEventCard_covenant ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSigningEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event { id title heldOn venue }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSigningEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event { id title heldOn venue }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCovenantCriterion($input: AddCovenantCriterionInput!) {\n    addCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCovenantCriterion($input: AddCovenantCriterionInput!) {\n    addCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCovenantCriterion($input: UpdateCovenantCriterionInput!) {\n    updateCovenantCriterion(input: $input) {\n      criterion { id title description maxScore kind version movements { id name } }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCovenantCriterion($input: UpdateCovenantCriterionInput!) {\n    updateCovenantCriterion(input: $input) {\n      criterion { id title description maxScore kind version movements { id name } }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCovenantCriterion($input: MoveCovenantCriterionInput!) {\n    moveCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCovenantCriterion($input: MoveCovenantCriterionInput!) {\n    moveCovenantCriterion(input: $input) {\n      criterion { id covenant { id ...CriteriaEditor_covenant } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCovenantCriterion($id: ID!, $expectedVersion: Int) {\n    deleteCovenantCriterion(id: $id, expectedVersion: $expectedVersion) {\n      deletedId\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCovenantCriterion($id: ID!, $expectedVersion: Int) {\n    deleteCovenantCriterion(id: $id, expectedVersion: $expectedVersion) {\n      deletedId\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on CovenantCriterion { title description maxScore kind version movements { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCovenant($input: SignCovenantInput!) {\n    signCovenant(input: $input) {\n      signature { id covenant { id ...SignaturesPanel_covenant } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SignCovenant($input: SignCovenantInput!) {\n    signCovenant(input: $input) {\n      signature { id covenant { id ...SignaturesPanel_covenant } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsignCovenant($input: UnsignCovenantInput!) {\n    unsignCovenant(input: $input) {\n      covenant { id ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UnsignCovenant($input: UnsignCovenantInput!) {\n    unsignCovenant(input: $input) {\n      covenant { id ...SignaturesPanel_covenant }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCommendations_query on Query {\n    commendationStats(groupBy: [YEAR, AWARD_TYPE], filter: { not: { status: { eq: REVOKED } } }) {\n      count\n      key { year awardType { id nameVi nameEn rank } }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardCommendations_query on Query {\n    commendationStats(groupBy: [YEAR, AWARD_TYPE], filter: { not: { status: { eq: REVOKED } } }) {\n      count\n      key { year awardType { id nameVi nameEn rank } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($year: Int!) {\n    ...DashboardCommendations_query\n    ...DashboardDecisions_query\n    ...DashboardCovenants_query\n    ...DashboardHeadlessBlocs_query\n  }\n"): (typeof documents)["\n  query DashboardPage($year: Int!) {\n    ...DashboardCommendations_query\n    ...DashboardDecisions_query\n    ...DashboardCovenants_query\n    ...DashboardHeadlessBlocs_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardHeadlessBlocs_query on Query {\n    headlessBlocs: blocs(first: 20, filter: { withoutHeadInYear: { eq: $year } }) {\n      totalCount\n      nodes { id name code members(year: $year) { unit { id } } }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardHeadlessBlocs_query on Query {\n    headlessBlocs: blocs(first: 20, filter: { withoutHeadInYear: { eq: $year } }) {\n      totalCount\n      nodes { id name code members(year: $year) { unit { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardDecisions_query on Query {\n    recentDecisions: decisions(first: 5, orderBy: [{ field: ISSUED_ON, direction: DESC }]) {\n      totalCount\n      nodes { id number issuedOn issuer subject }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardDecisions_query on Query {\n    recentDecisions: decisions(first: 5, orderBy: [{ field: ISSUED_ON, direction: DESC }]) {\n      totalCount\n      nodes { id number issuedOn issuer subject }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCovenants_query on Query {\n    yearCovenants: covenants(first: 50, filter: { year: { eq: $year } }) {\n      totalCount\n      nodes { id title year status signedCount memberCount bloc { id name } }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardCovenants_query on Query {\n    yearCovenants: covenants(first: 50, filter: { year: { eq: $year } }) {\n      totalCount\n      nodes { id title year status signedCount memberCount bloc { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFormModal_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note version\n  }\n"): (typeof documents)["\n  fragment DecisionFormModal_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionPage($id: ID!) {\n    decision(id: $id) { id number issuer ...DecisionSummary_decision ...DecisionFormModal_decision }\n  }\n"): (typeof documents)["\n  query DecisionPage($id: ID!) {\n    decision(id: $id) { id number issuer ...DecisionSummary_decision ...DecisionFormModal_decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionCommendations($decisionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { decisionId: { eq: $decisionId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"): (typeof documents)["\n  query DecisionCommendations($decisionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { decisionId: { eq: $decisionId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionSummary_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note\n  }\n"): (typeof documents)["\n  fragment DecisionSummary_decision on Decision {\n    id number issuedOn issuer issuerLevel signer signerTitle subject note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: DecisionFilter, $orderBy: [DecisionOrder!]) {\n    decisions(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id number issuedOn issuer issuerLevel signer subject ...DecisionFormModal_decision }\n    }\n  }\n"): (typeof documents)["\n  query DecisionsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: DecisionFilter, $orderBy: [DecisionOrder!]) {\n    decisions(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id number issuedOn issuer issuerLevel signer subject ...DecisionFormModal_decision }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision ...DecisionSummary_decision }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Decision { ...DecisionFormModal_decision ...DecisionSummary_decision } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      decision { id ...DecisionFormModal_decision ...DecisionSummary_decision }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Decision { ...DecisionFormModal_decision ...DecisionSummary_decision } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementCriteria_movement on Movement {\n    id\n    criteria {\n      id number title maxScore\n      covenant { id year title status bloc { id name } }\n    }\n  }\n"): (typeof documents)["\n  fragment MovementCriteria_movement on Movement {\n    id\n    criteria {\n      id number title maxScore\n      covenant { id year title status bloc { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementFormModal_movement on Movement {\n    id name slogan kind scope startYear endYear\n    launchedBy launchDocument launchedOn goals description version\n    launchDecision { id number issuer subject }\n    parent { id name }\n    organizerUnit { id name area }\n  }\n"): (typeof documents)["\n  fragment MovementFormModal_movement on Movement {\n    id name slogan kind scope startYear endYear\n    launchedBy launchDocument launchedOn goals description version\n    launchDecision { id number issuer subject }\n    parent { id name }\n    organizerUnit { id name area }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementGoals_movement on Movement { id goals }\n"): (typeof documents)["\n  fragment MovementGoals_movement on Movement { id goals }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovementPage($id: ID!) {\n    movement(id: $id) {\n      id name\n      ...MovementSummary_movement\n      ...MovementGoals_movement\n      ...MovementCriteria_movement\n      ...MovementFormModal_movement\n      ...MovementWorkflow_movement\n    }\n  }\n"): (typeof documents)["\n  query MovementPage($id: ID!) {\n    movement(id: $id) {\n      id name\n      ...MovementSummary_movement\n      ...MovementGoals_movement\n      ...MovementCriteria_movement\n      ...MovementFormModal_movement\n      ...MovementWorkflow_movement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovementCommendations($movementId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { movementId: { eq: $movementId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"): (typeof documents)["\n  query MovementCommendations($movementId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: { movementId: { eq: $movementId } }, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MovementSummary_movement on Movement {\n    id slogan kind scope status startYear endYear description\n    launchedBy launchDocument launchedOn\n    launchDecision { id number issuer }\n    organizerUnit { id name }\n    parent { id name }\n    children { id name status }\n  }\n"): (typeof documents)["\n  fragment MovementSummary_movement on Movement {\n    id slogan kind scope status startYear endYear description\n    launchedBy launchDocument launchedOn\n    launchDecision { id number issuer }\n    organizerUnit { id name }\n    parent { id name }\n    children { id name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovementsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: MovementFilter, $orderBy: [MovementOrder!]) {\n    movements(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name slogan kind scope status startYear endYear launchedBy launchedOn }\n    }\n  }\n"): (typeof documents)["\n  query MovementsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: MovementFilter, $orderBy: [MovementOrder!]) {\n    movements(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name slogan kind scope status startYear endYear launchedBy launchedOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMovement($input: CreateMovementInput!) {\n    createMovement(input: $input) {\n      movement { id ...MovementFormModal_movement }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMovement($input: CreateMovementInput!) {\n    createMovement(input: $input) {\n      movement { id ...MovementFormModal_movement }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMovement($input: UpdateMovementInput!) {\n    updateMovement(input: $input) {\n      movement {\n        id\n        ...MovementFormModal_movement\n        ...MovementSummary_movement\n        ...MovementGoals_movement\n        parent { id children { id name status } }\n      }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Movement { ...MovementFormModal_movement ...MovementSummary_movement ...MovementGoals_movement } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMovement($input: UpdateMovementInput!) {\n    updateMovement(input: $input) {\n      movement {\n        id\n        ...MovementFormModal_movement\n        ...MovementSummary_movement\n        ...MovementGoals_movement\n        parent { id children { id name status } }\n      }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Movement { ...MovementFormModal_movement ...MovementSummary_movement ...MovementGoals_movement } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: PersonFilter, $orderBy: [PersonOrder!]) {\n    people(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id fullName gender birthYear\n        currentAffiliation { id position unit { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: PersonFilter, $orderBy: [PersonOrder!]) {\n    people(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        id fullName gender birthYear\n        currentAffiliation { id position unit { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonAffiliations_person on Person {\n    id fullName\n    affiliations { id position startedOn endedOn unit { id name } }\n  }\n"): (typeof documents)["\n  fragment PersonAffiliations_person on Person {\n    id fullName\n    affiliations { id position startedOn endedOn unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFormModal_person on Person { id fullName gender birthYear note version }\n"): (typeof documents)["\n  fragment PersonFormModal_person on Person { id fullName gender birthYear note version }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id fullName\n      affiliations { id endedOn unit { id } }\n      ...PersonSummary_person ...PersonAffiliations_person ...PersonFormModal_person\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id fullName\n      affiliations { id endedOn unit { id } }\n      ...PersonSummary_person ...PersonAffiliations_person ...PersonFormModal_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCommendations($filter: CommendationFilter!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"): (typeof documents)["\n  query PersonCommendations($filter: CommendationFilter!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {\n    commendations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id ...CommendationTable_commendation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary_person on Person {\n    id fullName gender birthYear note\n    currentAffiliation { id position unit { id name } }\n  }\n"): (typeof documents)["\n  fragment PersonSummary_person on Person {\n    id fullName gender birthYear note\n    currentAffiliation { id position unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPersonAffiliation($input: AddPersonAffiliationInput!) {\n    addPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPersonAffiliation($input: AddPersonAffiliationInput!) {\n    addPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPersonAffiliation($input: EndPersonAffiliationInput!) {\n    endPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EndPersonAffiliation($input: EndPersonAffiliationInput!) {\n    endPersonAffiliation(input: $input) {\n      affiliation { id person { id ...PersonAffiliations_person ...PersonSummary_person } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePersonAffiliation($id: ID!) {\n    deletePersonAffiliation(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePersonAffiliation($id: ID!) {\n    deletePersonAffiliation(id: $id) {\n      deletedId\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person { id ...PersonFormModal_person }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person { id ...PersonFormModal_person }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person { id ...PersonFormModal_person ...PersonSummary_person }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Person { ...PersonFormModal_person ...PersonSummary_person } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person { id ...PersonFormModal_person ...PersonSummary_person }\n      userErrors { field message code }\n      conflict { ...MergeDialog_conflict current { id ... on Person { ...PersonFormModal_person ...PersonSummary_person } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitBlocsCard_unit on Unit {\n    blocMemberships { id fromYear toYear bloc { id name } }\n    blocRoles { id year role bloc { id name } }\n    ledBlocs { id year note bloc { id name } }\n  }\n"): (typeof documents)["\n  fragment UnitBlocsCard_unit on Unit {\n    blocMemberships { id fromYear toYear bloc { id name } }\n    blocRoles { id year role bloc { id name } }\n    ledBlocs { id year note bloc { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCommendationsCard_unit on Unit {\n    commendations(first: 100, filter: $commendationFilter) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n"): (typeof documents)["\n  fragment UnitCommendationsCard_unit on Unit {\n    commendations(first: 100, filter: $commendationFilter) { totalCount nodes { id ...AwardsTable_commendation } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCovenantsCard_unit on Unit {\n    covenantSignatures { id signedOn signerName signerTitle covenant { id year title status bloc { id name } } }\n  }\n"): (typeof documents)["\n  fragment UnitCovenantsCard_unit on Unit {\n    covenantSignatures { id signedOn signerName signerTitle covenant { id year title status bloc { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitLineageCard_unit on Unit {\n    parent { id name }\n    children { id name }\n    predecessors { id kind effectiveOn note predecessor { id name } decision { id number } }\n    successors { id kind effectiveOn note successor { id name } decision { id number } }\n  }\n"): (typeof documents)["\n  fragment UnitLineageCard_unit on Unit {\n    parent { id name }\n    children { id name }\n    predecessors { id kind effectiveOn note predecessor { id name } decision { id number } }\n    successors { id kind effectiveOn note successor { id name } decision { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!, $commendationFilter: CommendationFilter) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n      ...UnitBlocsCard_unit\n      ...UnitCommendationsCard_unit\n      ...UnitCovenantsCard_unit\n      ...UnitPeopleCard_unit\n      ...UnitLineageCard_unit\n    }\n    commendationYears: commendationStats(filter: { unitId: { eq: $id } }, groupBy: [YEAR]) { count key { year } }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!, $commendationFilter: CommendationFilter) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n      ...UnitBlocsCard_unit\n      ...UnitCommendationsCard_unit\n      ...UnitCovenantsCard_unit\n      ...UnitPeopleCard_unit\n      ...UnitLineageCard_unit\n    }\n    commendationYears: commendationStats(filter: { unitId: { eq: $id } }, groupBy: [YEAR]) { count key { year } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitPeopleCard_unit on Unit {\n    people(first: 50) { totalCount nodes { id fullName birthYear gender currentAffiliation { id position } } }\n  }\n"): (typeof documents)["\n  fragment UnitPeopleCard_unit on Unit {\n    people(first: 50) { totalCount nodes { id fullName birthYear gender currentAffiliation { id position } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n      conflict { ...MergeDialog_conflict current { id ... on Unit { name shortName kind area note version } } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code recordId }\n      conflict { ...MergeDialog_conflict current { id ... on Unit { name shortName kind area note version } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;