// Test server routes that tests use to control the network (see test/content/). Each route is a Koa
// middleware of @web/dev-server.
export const testRoutes = [];
