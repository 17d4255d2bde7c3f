// CoproBot on Azure: a Linux Web App (.NET 10), an Azure Bot with the Teams channel, table storage,
// Application Insights over a Log Analytics workspace, and a Key Vault holding every secret the app reads.
// Deploy:  az deployment group create -g <group> -f deployment/azure/main.bicep -p deployment/azure/main.bicepparam
metadata description = 'CoproBot: web app, Azure Bot (Teams channel), table storage, Key Vault and Application Insights.'

@description('Where every regional resource goes; the bot registration itself is global.')
param location string = resourceGroup().location

@description('Base of every resource name: lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param appName string = 'coprobot'

@description('The App Service plan size. B1 is enough for a pilot; use S1 or above for deployment slots.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Instances of the web app: the count when autoscale is off, and where a deployment sets it back to when autoscale is on. 1 suits a pilot on B1 (each instance holds the sentence model and its own caches); 2 or more keeps the bot answering while an instance restarts or is replaced by the health check. Several instances share the tables, which this template always uses (never the embedded store).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Autoscale\'s fewest instances. Autoscale is made only when autoscaleMaxInstances is above this, and only on an S or P plan (B plans scale by hand, through instanceCount).')
@minValue(1)
@maxValue(10)
param autoscaleMinInstances int = 1

@description('Autoscale\'s most instances; equal to autoscaleMinInstances (the default), no autoscale is made. Per-person and per-conversation limits are kept by each instance, so with N instances a person may send up to N times them.')
@minValue(1)
@maxValue(10)
param autoscaleMaxInstances int = 1

@description('Autoscale: average CPU percentage over 10 minutes above which an instance is added; one is removed when it stays under half of this for 20 minutes.')
@minValue(10)
@maxValue(95)
param autoscaleCpuPercent int = 70

@description('The Azure Bot pricing tier: F0 (free, standard channels such as Teams are unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The name people see for the bot in Teams.')
param botDisplayName string = 'CoproBot'

@description('How the bot authenticates: UserAssignedMSI (a managed identity made here, no secret at all) or SingleTenant (an Entra app registration you made, with a client secret). Multi-tenant is deprecated for new bots.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the Entra app registration. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: the app registration\'s client secret. It goes to Key Vault and never into an app setting.')
@secure()
param microsoftAppPassword string = ''

@description('The Storage:TablePrefix setting: prepended to every table name, so several bots can share one account.')
param tablePrefix string = 'copro'

@description('The storage redundancy of the tables.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
param storageSku string = 'Standard_LRS'

@description('Discord application id (the Discord:ApplicationId setting); empty leaves Discord off.')
param discordApplicationId string = ''

@description('Discord application public key (the Discord:PublicKey setting, 64 hexadecimal characters).')
param discordPublicKey string = ''

@description('Discord bot token (the Discord:BotToken setting). It goes to Key Vault and never into an app setting.')
@secure()
param discordBotToken string = ''

@description('Turn on Key Vault purge protection. It cannot be turned off again; recommended for production.')
param keyVaultPurgeProtection bool = false

@description('Where alerts are e-mailed; empty creates no alerts.')
param alertEmail string = ''

@description('Tags put on every resource.')
param tags object = {}

var isBasicPlan = startsWith(appServiceSku, 'B')
var isAutoscaleWanted = autoscaleMaxInstances > autoscaleMinInstances
var isAutoscaled = isAutoscaleWanted && !isBasicPlan
var suffix = uniqueString(resourceGroup().id, appName)
var compactName = toLower(replace(appName, '-', ''))
var isManagedIdentityBot = botAppType == 'UserAssignedMSI'
var isDiscordConfigured = !empty(discordApplicationId)
var storageSecretName = 'storage-connection-string'
var appPasswordSecretName = 'microsoft-app-password'
var discordTokenSecretName = 'discord-bot-token'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id-${suffix}'
  location: location
  tags: tags
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-ai-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st${compactName}${suffix}', 24)
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app connects with a connection string, kept in Key Vault.
    allowSharedKeyAccess: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${take(compactName, 6)}-${suffix}'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: storageSecretName
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!isManagedIdentityBot) {
  parent: vault
  name: appPasswordSecretName
  properties: {
    value: microsoftAppPassword
  }
}

resource discordTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (isDiscordConfigured) {
  parent: vault
  name: discordTokenSecretName
  properties: {
    value: discordBotToken
  }
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    // With autoscale on, a deployment starts from a count inside its bounds, and autoscale moves it from there.
    capacity: isAutoscaled ? min(max(instanceCount, autoscaleMinInstances), autoscaleMaxInstances) : instanceCount
  }
  properties: {
    reserved: true
  }
}

module autoscale 'autoscale.bicep' = if (isAutoscaled) {
  name: 'coprobot-autoscale'
  params: {
    appName: appName
    planId: plan.id
    minInstances: autoscaleMinInstances
    maxInstances: autoscaleMaxInstances
    defaultInstances: min(max(instanceCount, autoscaleMinInstances), autoscaleMaxInstances)
    cpuPercent: autoscaleCpuPercent
    location: location
    tags: tags
  }
}

var botAppId = isManagedIdentityBot ? identity.properties.clientId : microsoftAppId
var botTenantId = isManagedIdentityBot ? identity.properties.tenantId : tenant().tenantId

var coreSettings = [
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  { name: 'Storage__AzureTablesConnectionString', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${storageSecretName})' }
  { name: 'Storage__TablePrefix', value: tablePrefix }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
]
var passwordSettings = isManagedIdentityBot
  ? []
  : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${appPasswordSecretName})' }]
var discordSettings = isDiscordConfigured
  ? [
      { name: 'Discord__ApplicationId', value: discordApplicationId }
      { name: 'Discord__PublicKey', value: discordPublicKey }
      { name: 'Discord__BotToken', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${discordTokenSecretName})' }
    ]
  : []

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${appName}-${suffix}'
  location: location
  tags: tags
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
    // Channels keep no cookies, so an affinity cookie would pin only browsers; every turn holds on any instance.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/health/ready'
      appSettings: concat(coreSettings, passwordSettings, discordSettings)
    }
  }
  // Key Vault references resolve when the app starts: the identity must already read secrets, and the secrets exist.
  dependsOn: [
    secretsReader
    storageSecret
    appPasswordSecret
    discordTokenSecret
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: isManagedIdentityBot ? identity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

module alerts 'alerts.bicep' = if (!empty(alertEmail)) {
  name: 'coprobot-alerts'
  params: {
    appName: appName
    alertEmail: alertEmail
    siteId: site.id
    appInsightsId: appInsights.id
    location: location
    tags: tags
  }
}

@description('How the plan is scaled: a fixed count, or autoscale\'s bounds; says so when autoscale was asked for on a Basic plan, which cannot autoscale.')
output scaling string = isAutoscaled
  ? 'autoscale on CPU, ${autoscaleMinInstances} to ${autoscaleMaxInstances} instances'
  : isAutoscaleWanted
      ? 'NO autoscale: ${appServiceSku} plans cannot autoscale; ${instanceCount} instance(s). Choose S1 or above for autoscale'
      : '${instanceCount} instance(s), no autoscale'

@description('The web app\'s name, for az webapp deploy.')
output webAppName string = site.name

@description('The web app\'s host name.')
output webAppHostName string = site.properties.defaultHostName

@description('The Bot Framework messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The Discord Interactions Endpoint URL to enter in the Discord developer portal.')
output discordInteractionsEndpoint string = 'https://${site.properties.defaultHostName}/api/discord/interactions'

@description('The Azure Bot resource\'s name.')
output botName string = bot.name

@description('The bot\'s Microsoft app id: the Teams app package needs it (teams package --bot-id).')
output botAppId string = botAppId

@description('The storage account holding the tables, for backups.')
output storageAccountName string = storage.name

@description('The Key Vault holding the secrets, for rotation.')
output vaultName string = vault.name

@description('The Application Insights resource, for dashboards and queries.')
output appInsightsName string = appInsights.name
