import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Chiều sắp xếp: ASC tăng dần, DESC giảm dần.',
  valuesConfig: { ASC: { description: 'Tăng dần (ascending).' }, DESC: { description: 'Giảm dần (descending).' } },
});
