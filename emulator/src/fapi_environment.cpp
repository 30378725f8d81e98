// Instance-level routes that need no client: GET /v1/environment, /v1/health, the JWKS.
#include "fapi_common_p.h"
#include "signer_p.h"

namespace ClerkEmulator {

FapiResponse Fapi::environment(Context &)
{
    FapiResponse r;
    r.body = m_model.environmentJson();
    return r;
}

FapiResponse Fapi::health(Context &ctx)
{
    FapiResponse r;
    if (ctx.request.method == QLatin1String("GET"))
        r.body = QJsonObject{{str("status"), str("healthy")}};
    return r;
}

FapiResponse Fapi::jwks(Context &)
{
    FapiResponse r;
    r.body = m_signer.jwks();
    return r;
}

} // namespace ClerkEmulator
