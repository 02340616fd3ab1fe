// One Microsoft Entra administrator of a PostgreSQL Flexible Server. A module of its own because the
// administrator's resource name is its object id, which for a managed identity made in the same
// deployment is known only once that identity exists.

@description('Name of the existing Flexible Server.')
param serverName string

@description('Object (principal) id of the user, group or service principal.')
param objectId string

@description('Its display name; for a managed identity, the identity\'s name (the PostgreSQL role is named so).')
param principalName string

@allowed([
  'ServicePrincipal'
  'Group'
  'User'
])
param principalType string

param tenantId string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: serverName
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: objectId
  properties: {
    principalType: principalType
    principalName: principalName
    tenantId: tenantId
  }
}
