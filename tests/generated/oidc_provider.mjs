// A real OpenID Connect provider for the generated projects' tests: node-oidc-provider
// (OpenID Certified), with two clients. `webapp` signs users in by the authorization
// code flow with PKCE (any login name is <name>@example.com, a verified address);
// `service` gets access tokens for the resource API_AUDIENCE by client credentials,
// as JWTs signed with the provider's published keys.
//   node oidc_provider.mjs PORT REDIRECT_URI API_AUDIENCE   (from the folder it is installed in)
import Provider from 'oidc-provider';

const [port, redirectUri, audience] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'webapp',
      client_secret: 'the-webapp-client-secret',
      redirect_uris: [redirectUri],
    },
    {
      client_id: 'service',
      client_secret: 'the-service-client-secret',
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: `${id}@example.com`, email_verified: true };
      },
    };
  },
  features: {
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:fastkit:api',
      useGrantedResource: () => false,
      getResourceServerInfo: () => ({
        scope: 'api',
        audience,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  pkce: { required: () => true },
});
provider.on('server_error', (ctx, error) => console.error('server_error', error));
provider.listen(Number(port), '127.0.0.1', () => console.log(`listening at ${issuer}`));
