// PartnershipBot on Azure: a Linux App Service (.NET 10) running the bot, an Azure Bot resource
// pointing Teams at it, and a user-assigned managed identity.
//
// appType 'SingleTenant'    the bot signs in with an Entra app registration (microsoftAppId) and a
//                           client secret kept in an existing Key Vault; the identity only reads
//                           that secret through an App Service Key Vault reference.
// appType 'UserAssignedMSI' the identity itself is the bot's app id: no secret anywhere, but the
//                           bot must run on this App Service (the token comes from the platform).
//
// Deploy (see docs/deploy.md):
//   az deployment group create -g RG -f deployment/infra/main.bicep -p deployment/infra/main.parameters.example.json

@description('Short lowercase prefix for resource names.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'partnershipbot'

@description('Region of the App Service and the identity. The Azure Bot resource itself is global.')
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

@description('SingleTenant only: name of an existing Key Vault (RBAC mode) that holds the client secret.')
param keyVaultName string = ''

@description('SingleTenant only: name of the secret in that Key Vault.')
param appPasswordSecretName string = 'MicrosoftAppPassword'

@description('App Service plan size. B1 is enough for a pilot; the bot runs as one instance (SQLite).')
param planSku string = 'B1'

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier. Teams messages are on the free standard channel either way.')
param botSku string = 'F0'

var isSingleTenant = appType == 'SingleTenant'
var suffix = uniqueString(resourceGroup().id)
var appName = '${namePrefix}-${suffix}'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${suffix}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = if (isSingleTenant) {
  name: keyVaultName
}

resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (isSingleTenant) {
  name: guid(resourceGroup().id, keyVaultName, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true // Linux
  }
}

var botAppId = isSingleTenant ? microsoftAppId : identity.properties.clientId

// Colons are not allowed in Linux app setting names; '__' maps to ':' in .NET configuration.
var commonSettings = [
  { name: 'MicrosoftAppType', value: appType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'Storage__DataDirectory', value: '/home/data' }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
]
var secretSettings = isSingleTenant
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${appPasswordSecretName})'
      }
    ]
  : []

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
      healthCheckPath: '/health'
      appSettings: concat(commonSettings, secretSettings)
    }
  }
  dependsOn: [
    secretReader // the Key Vault reference resolves only once the identity may read the secret
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
