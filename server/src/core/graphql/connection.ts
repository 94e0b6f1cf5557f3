import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { LIMITS } from '@thidua/shared';

@ObjectType({ description: 'Thông tin trang (Relay page info).' })
export class PageInfo {
  @Field({ description: 'Còn bản ghi sau trang này.' })
  hasNextPage!: boolean;

  @Field({ description: 'Còn bản ghi trước trang này.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Con trỏ của bản ghi đầu trang.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ của bản ghi cuối trang.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Lấy N bản ghi đầu (sau \`after\`); mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các bản ghi sau nó.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Lấy N bản ghi cuối (trước \`before\`); tối đa ${LIMITS.pageSizeMax}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các bản ghi trước nó.' })
  before?: string | null;
}

/** What a connection resolver returns before GraphQL reads it. */
export interface ConnectionData<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

const connectionTypes = new Map<string, ClassType>();

/** A Relay connection type `<Name>Connection` with `<Name>Edge`, built once per node type. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name): ClassType<ConnectionShape<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<ConnectionShape<T>>;

  @ObjectType(`${name}Edge`, { description: `Một cạnh của danh sách ${name} (edge).` })
  class Edge {
    @Field(() => node, { description: 'Bản ghi.' })
    node!: T;

    @Field({ description: 'Con trỏ ổn định của bản ghi này (cursor).' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `Danh sách ${name} có phân trang theo con trỏ (Relay connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'Các cạnh của trang.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'Các bản ghi của trang (lối tắt thay cho edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Thông tin trang.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'Tổng số bản ghi khớp bộ lọc, không kể phân trang (total count).' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  connectionTypes.set(name, ConnectionType);
  return ConnectionType;
}

export function toConnection<T>(type: ClassType<ConnectionShape<T>>, data: ConnectionData<T>): ConnectionShape<T> {
  const connection = new type() as ConnectionShape<T> & { count: () => Promise<number> };
  connection.nodes = data.nodes;
  connection.edges = data.nodes.map((node, i) => ({ node, cursor: data.cursors[i]! }));
  connection.pageInfo = data.pageInfo;
  connection.count = data.count;
  return connection;
}
