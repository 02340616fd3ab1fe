// PartnershipBot on Azure, production shape: a Linux App Service (.NET 10) scaled out to several
// instances, Azure Database for PostgreSQL Flexible Server as the one store of every instance (documents
// and the clustered reminder scheduler), Application Insights on a Log Analytics workspace, an Azure Bot
// resource pointing Teams at the app, and a user-assigned managed identity that is the app's only
// credential for the database and Key Vault.
//
// appType 'SingleTenant'    the bot signs in with an Entra app registration (microsoftAppId) and a
//                           client secret kept in Key Vault (an App Service Key Vault reference).
// appType 'UserAssignedMSI' the identity itself is the bot's app id: no bot secret anywhere.
//
// Secrets never appear in this template or in app settings as values: MicrosoftAppPassword,
// Reports:SigningKey and (optionally) AzureLanguage:Key are Key Vault references. The database has no
// password at all: Entra authentication only, the bot's identity signs in with a token.
//
// Deploy (see docs/deploy.md):
//   az deployment group create -g RG -f deployment/infra/main.bicep -p deployment/infra/main.parameters.example.json

@description('Short lowercase prefix for resource names.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'partnershipbot'

@description('Region of the App Service, the database, monitoring and the identity. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'SingleTenant'

@description('SingleTenant only: the Application (client) ID of the Entra app registration.')
param microsoftAppId string = ''

@description('Tenant of the app registration or identity; the bot gets tokens from this tenant.')
param tenantId string = subscription().tenantId

@description('Name of an existing Key Vault (RBAC mode) that holds the secrets below.')
param keyVaultName string

@description('SingleTenant only: name of the secret that holds the bot\'s client secret.')
param appPasswordSecretName string = 'MicrosoftAppPassword'

@description('Name of the secret that holds Reports:SigningKey (at least 32 random characters): every instance must sign and check report links with the same key.')
param reportsSigningKeySecretName string = 'ReportsSigningKey'

@description('Optional Azure AI Language endpoint; empty = the built-in analyzer only.')
param azureLanguageEndpoint string = ''

@description('With azureLanguageEndpoint: name of the secret that holds its key.')
param azureLanguageKeySecretName string = 'AzureLanguageKey'

@description('App Service plan size. Premium v3 (P0v3 and up) for scale-out and zero-downtime deploys.')
param planSku string = 'P0v3'

@description('App Service instances. Every instance serves any turn and runs a scheduler node; two or more for availability.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('Teams user ids (29:...) or Entra object ids who may manage every round of their tenant (Rounds:Admins).')
param roundsAdmins array = []

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier. Teams messages are on the free standard channel either way.')
param botSku string = 'F0'

@description('PostgreSQL compute size, e.g. Standard_B1ms (Burstable) for a pilot, Standard_D2ds_v5 (GeneralPurpose) for production.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL storage in GiB.')
@minValue(32)
param postgresStorageGb int = 32

@description('Days of automatic backups (point-in-time restore window).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

@description('Keep backups in the paired region too, so the database can be restored there if the region is lost. Fixed at server creation.')
param geoRedundantBackup bool = false

@description('Optional: object id of an Entra group of operators who administer the database (for restores and inspection).')
param postgresOperatorsObjectId string = ''

@description('With postgresOperatorsObjectId: that group\'s display name.')
param postgresOperatorsName string = ''

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var isSingleTenant = appType == 'SingleTenant'
var suffix = uniqueString(resourceGroup().id)
var appName = '${namePrefix}-${suffix}'
var databaseName = 'partnershipbot'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${suffix}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, keyVaultName, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${namePrefix}-pg-${suffix}'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    storage: {
      storageSizeGB: postgresStorageGb
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    // Entra only: no password exists that could leak.
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenantId
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Public endpoint reachable from Azure services only (App Service outbound addresses included). For a
// private network, put the server and the app in a VNet instead (docs/deploy.md).
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// The bot's identity is the database principal: it creates its own tables at start (documents, Quartz),
// so it needs DDL rights on its database. The server holds nothing else.
module botDatabasePrincipal 'modules/postgres-administrator.bicep' = {
  name: 'postgres-admin-bot'
  params: {
    serverName: postgres.name
    objectId: identity.properties.principalId
    principalName: identity.name
    principalType: 'ServicePrincipal'
    tenantId: tenantId
  }
  dependsOn: [
    database
    azureServices
  ]
}

module operators 'modules/postgres-administrator.bicep' = if (!empty(postgresOperatorsObjectId)) {
  name: 'postgres-admin-operators'
  params: {
    serverName: postgres.name
    objectId: postgresOperatorsObjectId
    principalName: postgresOperatorsName
    principalType: 'Group'
    tenantId: tenantId
  }
  dependsOn: [
    botDatabasePrincipal // one administrator change at a time
  ]
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

var botAppId = isSingleTenant ? microsoftAppId : identity.properties.clientId

func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

// Colons are not allowed in Linux app setting names; '__' maps to ':' in .NET configuration.
var commonSettings = [
  { name: 'MicrosoftAppType', value: appType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'Storage__Provider', value: 'Postgres' }
  {
    name: 'ConnectionStrings__Postgres'
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${identity.name};SSL Mode=VerifyFull'
  }
  { name: 'Storage__Postgres__UseEntraAuthentication', value: 'true' }
  { name: 'Storage__Postgres__ManagedIdentityClientId', value: identity.properties.clientId }
  // Nothing is kept on disk with PostgreSQL; the folder is local, never the /home network share.
  { name: 'Storage__DataDirectory', value: '/tmp/partnershipbot' }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
  { name: 'Reports__SigningKey', value: keyVaultReference(keyVaultName, reportsSigningKeySecretName) }
  { name: 'Reports__PublicBaseUrl', value: 'https://${appName}.azurewebsites.net' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'Logging__Console__FormatterName', value: 'json' }
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
]
var secretSettings = isSingleTenant
  ? [{ name: 'MicrosoftAppPassword', value: keyVaultReference(keyVaultName, appPasswordSecretName) }]
  : []
var languageSettings = empty(azureLanguageEndpoint)
  ? []
  : [
      { name: 'AzureLanguage__Endpoint', value: azureLanguageEndpoint }
      { name: 'AzureLanguage__Key', value: keyVaultReference(keyVaultName, azureLanguageKeySecretName) }
    ]
var adminSettings = [for (admin, i) in roundsAdmins: { name: 'Rounds__Admins__${i}', value: admin }]

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet PartnershipBot.dll'
      alwaysOn: true // reminders are sent by a background scheduler
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // Readiness: a real database query, the scheduler running, content loaded. An instance that fails
      // it is taken out of the load balancer until it passes again.
      healthCheckPath: '/health/ready'
      appSettings: concat(commonSettings, secretSettings, languageSettings, adminSettings)
    }
  }
  dependsOn: [
    secretReader // Key Vault references resolve only once the identity may read the secrets
    botDatabasePrincipal // the first instance signs in to the database at start
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: appName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'PartnershipBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: isSingleTenant ? null : identity.id
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
output botAppId string = botAppId
output appServiceName string = site.name
output identityClientId string = identity.properties.clientId
output postgresServer string = postgres.properties.fullyQualifiedDomainName
output databasePrincipal string = identity.name
output applicationInsightsName string = insights.name
