// GET /v1/environment: Clerk's recorded environment response, with what the seed turns on or off.
#include "model_p.h"

#include <QFile>
#include <QJsonDocument>

namespace ClerkEmulator {

static QJsonObject loadTemplate()
{
    QFile file(QStringLiteral(":/clerk-emulator/environment-template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject Model::environmentJson() const
{
    // Clerk's own environment response (recorded, re-inflated) is the template; the seed decides what is on.
    static const QJsonObject base = loadTemplate();
    QJsonObject env = base;

    QJsonObject auth = env.value(QStringLiteral("auth_config")).toObject();
    auth.insert(QStringLiteral("id"), QStringLiteral("aac_") + instance.id.mid(4));
    auth.insert(QStringLiteral("single_session_mode"), instance.singleSessionMode);
    QJsonArray strategies = jsonArray(instance.identifiers);
    if (instance.firstFactors.contains(QLatin1String("password")))
        strategies.append(QStringLiteral("password"));
    auth.insert(QStringLiteral("identification_strategies"), strategies);
    // An array of arrays. Not QJsonArray{inner}: for a single element of the same type, clang picks the copy
    // constructor there (and flattens it) where gcc picks the initializer list.
    QJsonArray requirements;
    requirements.append(jsonArray(instance.identifiers));
    auth.insert(QStringLiteral("identification_requirements"), requirements);
    QJsonArray firstFactors = jsonArray(instance.firstFactors);
    for (const OAuthProvider &p : instance.oauthProviders) {
        firstFactors.append(p.strategy);
        strategies.append(p.strategy);
    }
    if (!instance.enterpriseConnections.isEmpty())
        firstFactors.append(QStringLiteral("enterprise_sso"));
    auth.insert(QStringLiteral("identification_strategies"), strategies);
    auth.insert(QStringLiteral("first_factors"), firstFactors);
    auth.insert(QStringLiteral("second_factors"), jsonArray(instance.secondFactors));
    env.insert(QStringLiteral("auth_config"), auth);

    QJsonObject display = env.value(QStringLiteral("display_config")).toObject();
    display.insert(QStringLiteral("application_name"), instance.applicationName);
    display.insert(QStringLiteral("instance_environment_type"), QStringLiteral("development"));
    display.insert(QStringLiteral("terms_url"), instance.termsUrl);
    display.insert(QStringLiteral("privacy_policy_url"), instance.privacyPolicyUrl);
    env.insert(QStringLiteral("display_config"), display);

    QJsonObject settings = env.value(QStringLiteral("user_settings")).toObject();
    QJsonObject attributes = settings.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        QJsonObject attr = it.value().toObject();
        const QString name = it.key();
        const bool identifier = instance.identifiers.contains(name);
        const bool signUpField = instance.signUpRequired.contains(name) || instance.signUpOptional.contains(name);
        QJsonArray firstFactors;
        for (const QJsonValue &f : attr.value(QStringLiteral("first_factors")).toArray()) {
            if (instance.firstFactors.contains(f.toString()))
                firstFactors.append(f);
        }
        QJsonArray secondFactors;
        for (const QJsonValue &f : attr.value(QStringLiteral("second_factors")).toArray()) {
            if (instance.secondFactors.contains(f.toString()))
                secondFactors.append(f);
        }
        if (name == QLatin1String("authenticator_app") || name == QLatin1String("backup_code")) {
            attr.insert(QStringLiteral("enabled"), !secondFactors.isEmpty());
        } else if (name == QLatin1String("password")) {
            attr.insert(QStringLiteral("enabled"), instance.firstFactors.contains(QLatin1String("password")));
            attr.insert(QStringLiteral("required"), instance.signUpRequired.contains(name));
        } else if (name != QLatin1String("passkey") && name != QLatin1String("ticket")
                   && name != QLatin1String("web3_wallet")) {
            attr.insert(QStringLiteral("enabled"), identifier || signUpField);
            attr.insert(QStringLiteral("required"), instance.signUpRequired.contains(name));
            attr.insert(QStringLiteral("used_for_first_factor"), identifier);
            attr.insert(QStringLiteral("verify_at_sign_up"), instance.signUpVerify.contains(name));
        } else {
            attr.insert(QStringLiteral("enabled"), false);
        }
        attr.insert(QStringLiteral("first_factors"), firstFactors);
        attr.insert(QStringLiteral("second_factors"), secondFactors);
        attr.insert(QStringLiteral("used_for_second_factor"), !secondFactors.isEmpty());
        it.value() = attr;
    }
    settings.insert(QStringLiteral("attributes"), attributes);
    QJsonObject passwordSettings = settings.value(QStringLiteral("password_settings")).toObject();
    passwordSettings.insert(QStringLiteral("min_length"), instance.passwordMinLength);
    // The seed's breached_passwords stand in for Clerk's Have I Been Pwned check.
    passwordSettings.insert(QStringLiteral("disable_hibp"), instance.breachedPasswords.isEmpty());
    // The emulator enforces only the minimum length and the breach list; say so rather than advertise rules it
    // ignores.
    for (const char *rule : {"require_special_char", "require_numbers", "require_uppercase", "require_lowercase"})
        passwordSettings.insert(QLatin1String(rule), false);
    settings.insert(QStringLiteral("password_settings"), passwordSettings);
    QJsonObject signUp = settings.value(QStringLiteral("sign_up")).toObject();
    signUp.insert(QStringLiteral("legal_consent_enabled"), instance.legalConsentEnabled);
    signUp.insert(QStringLiteral("mode"), instance.signUpMode);
    settings.insert(QStringLiteral("sign_up"), signUp);
    QJsonObject actions = settings.value(QStringLiteral("actions")).toObject();
    actions.insert(QStringLiteral("delete_self"), instance.deleteSelf);
    settings.insert(QStringLiteral("actions"), actions);
    // Clerk lists every provider it knows; none is enabled until the seed configures OAuth.
    QJsonObject social = settings.value(QStringLiteral("social")).toObject();
    for (auto it = social.begin(); it != social.end(); ++it) {
        QJsonObject provider = it.value().toObject();
        provider.insert(QStringLiteral("enabled"), instance.provider(it.key()) != nullptr);
        it.value() = provider;
    }
    for (const OAuthProvider &p : instance.oauthProviders) {
        if (social.contains(p.strategy))
            continue;
        social.insert(p.strategy, QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("required"), false},
                                              {QStringLiteral("authenticatable"), true},
                                              {QStringLiteral("block_email_subaddresses"), false},
                                              {QStringLiteral("strategy"), p.strategy},
                                              {QStringLiteral("not_selectable"), false},
                                              {QStringLiteral("deprecated"), false},
                                              {QStringLiteral("name"), p.name},
                                              {QStringLiteral("logo_url"), QString()}});
    }
    settings.insert(QStringLiteral("social"), social);
    QJsonObject signUpSettings = settings.value(QStringLiteral("sign_up")).toObject();
    signUpSettings.insert(QStringLiteral("mfa"), QJsonObject{{QStringLiteral("required"), instance.mfaRequired}});
    settings.insert(QStringLiteral("sign_up"), signUpSettings);
    // Clerk's recorded environment has no enterprise_sso key; the spec requires it, and it says whether an
    // identifier's domain can lead to an enterprise connection.
    settings.insert(QStringLiteral("enterprise_sso"),
                    QJsonObject{{QStringLiteral("enabled"), !instance.enterpriseConnections.isEmpty()}});
    env.insert(QStringLiteral("user_settings"), settings);

    env.insert(QStringLiteral("organization_settings"),
               QJsonObject{{QStringLiteral("enabled"), !organizations.isEmpty()},
                           {QStringLiteral("max_allowed_memberships"), 5},
                           // Clerk's default role for the creator of an organization.
                           {QStringLiteral("creator_role"), QStringLiteral("org:admin")},
                           {QStringLiteral("actions"), QJsonObject{{QStringLiteral("admin_delete"), true}}},
                           {QStringLiteral("domains"),
                            QJsonObject{{QStringLiteral("enabled"), false},
                                        {QStringLiteral("enrollment_modes"), QJsonArray()},
                                        {QStringLiteral("default_role"), QStringLiteral("org:member")}}}});
    return env;
}

} // namespace ClerkEmulator
