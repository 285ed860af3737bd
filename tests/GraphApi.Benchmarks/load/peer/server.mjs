// The load benchmark's peer: the same two canonical queries served by graphql-yoga over better-sqlite3, on the
// same SQLite file GraphApi seeded, written the way such a server usually is: a resolver per field, DataLoaders
// for the relations (one statement per loader per level), first pages ordered by a key and the ID. It implements
// only the fields and arguments the benchmark's queries use. The viewer is read from the x-user-id header: the peer verifies no token.
// Usage: node peer/server.mjs <sqlite file> <port>
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import DataLoader from 'dataloader';
import { createSchema, createYoga } from 'graphql-yoga';

const [file, port] = process.argv.slice(2);
const db = new Database(file, { readonly: true });

const typeDefs = /* GraphQL */ `
  type Query {
    products(first: Int, where: ProductFilter, order: ProductOrder): ProductConnection!
    orders(first: Int): OrderConnection!
  }
  input ProductFilter { inStock: Boolean }
  enum ProductOrderField { NAME PRICE CREATED_AT }
  enum OrderDirection { ASC DESC }
  input ProductOrder { field: ProductOrderField!, direction: OrderDirection! = ASC }
  type Money { amount: Float!, currency: String! }
  type Category { id: ID!, name: String! }
  type Product { id: ID!, name: String!, price: Money!, inStock: Boolean!, category: Category! }
  type ProductEdge { cursor: String!, node: Product! }
  type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }
  type ProductConnection { edges: [ProductEdge!]!, nodes: [Product!]!, pageInfo: PageInfo! }
  type OrderLine { quantity: Int!, lineTotal: Money!, product: Product! }
  type Order { id: ID!, status: String!, placedAt: String!, total: Money!, lines: [OrderLine!]! }
  type OrderConnection { nodes: [Order!]!, pageInfo: PageInfo! }
`;

const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64');
const cursorOf = (values) => Buffer.from(JSON.stringify(values)).toString('base64');
const money = (minor, currency) => ({ amount: minor / 100, currency });
// EF Core writes UTC times as "yyyy-MM-dd HH:mm:ss[.fffffff]".
const isoTime = (text) => new Date(text.replace(' ', 'T') + 'Z').toISOString();

const inList = (ids) => ids.map(() => '?').join(',');
const byKey = (rows, keys, key) => {
  const map = new Map(rows.map((row) => [row[key], row]));
  return keys.map((k) => map.get(k) ?? null);
};

function connection(rows, first, cursorKeys) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(cursorKeys(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const productPages = {
  PRICE: 'PriceMinor',
  NAME: 'Name',
  CREATED_AT: 'CreatedAt',
};

const resolvers = {
  Query: {
    products(_, { first = 20, where, order }) {
      const column = productPages[order?.field ?? 'NAME'];
      const descending = order?.direction === 'DESC';
      const conditions = [];
      if (where?.inStock === true) conditions.push('StockQuantity > 0');
      if (where?.inStock === false) conditions.push('StockQuantity = 0');
      const direction = descending ? 'DESC' : 'ASC';
      const sql = `SELECT Id, Name, PriceMinor, Currency, StockQuantity, CategoryId, ${column} AS SortKey FROM Products`
        + (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '')
        + ` ORDER BY ${column} ${direction}, Id ${direction} LIMIT ?`;
      const rows = db.prepare(sql).all(first + 1);
      return connection(rows, first, (p) => [p.SortKey, p.Id]);
    },
    orders(_, { first = 20 }, context) {
      const rows = db
        .prepare('SELECT Id, Status, PlacedAt, TotalMinor, Currency FROM Orders WHERE CustomerId = ? ORDER BY PlacedAt DESC, Id DESC LIMIT ?')
        .all(context.userId, first + 1);
      return connection(rows, first, (o) => [o.PlacedAt, o.Id]);
    },
  },
  Product: {
    id: (p) => globalId('Product', p.Id),
    name: (p) => p.Name,
    price: (p) => money(p.PriceMinor, p.Currency),
    inStock: (p) => p.StockQuantity > 0,
    category: (p, _, context) => context.categories.load(p.CategoryId),
  },
  Category: { id: (c) => globalId('Category', c.Id), name: (c) => c.Name },
  Order: {
    id: (o) => globalId('Order', o.Id),
    status: (o) => o.Status.toUpperCase(),
    placedAt: (o) => isoTime(o.PlacedAt),
    total: (o) => money(o.TotalMinor, o.Currency),
    lines: (o, _, context) => context.lines.load(o.Id),
  },
  OrderLine: {
    quantity: (l) => l.Quantity,
    lineTotal: (l) => money(l.LineTotalMinor, l.Currency),
    product: (l, _, context) => context.products.load(l.ProductId),
  },
};

function loaders() {
  return {
    categories: new DataLoader(async (ids) =>
      byKey(db.prepare(`SELECT Id, Name FROM Categories WHERE Id IN (${inList(ids)})`).all(...ids), ids, 'Id')),
    products: new DataLoader(async (ids) =>
      byKey(db.prepare(`SELECT Id, Name, PriceMinor, Currency, StockQuantity, CategoryId FROM Products WHERE Id IN (${inList(ids)})`).all(...ids), ids, 'Id')),
    lines: new DataLoader(async (orderIds) => {
      const rows = db
        .prepare(`SELECT l.OrderId, l.ProductId, l.Quantity, l.LineTotalMinor, o.Currency FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId WHERE l.OrderId IN (${inList(orderIds)}) ORDER BY l.OrderId, l.Id`)
        .all(...orderIds);
      return orderIds.map((id) => rows.filter((row) => row.OrderId === id));
    }),
  };
}

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers }),
  graphiql: false,
  logging: false,
  context: ({ request }) => ({ userId: Number(request.headers.get('x-user-id')), ...loaders() }),
});

createServer(yoga).listen(Number(port), '127.0.0.1', () => console.log(`peer listening on http://127.0.0.1:${port}/graphql`));
