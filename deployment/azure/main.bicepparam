// Parameters for deployment/azure/main.bicep. Secrets are read from the environment of the shell that deploys,
// never written here: export MICROSOFT_APP_PASSWORD and DISCORD_BOT_TOKEN first when you use them.
using 'main.bicep'

param appName = 'coprobot'
param appServiceSku = 'B1'
param botAppType = 'UserAssignedMSI'
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param discordApplicationId = readEnvironmentVariable('DISCORD_APPLICATION_ID', '')
param discordPublicKey = readEnvironmentVariable('DISCORD_PUBLIC_KEY', '')
param discordBotToken = readEnvironmentVariable('DISCORD_BOT_TOKEN', '')
param alertEmail = readEnvironmentVariable('COPROBOT_ALERT_EMAIL', '')
// One instance for a pilot on B1. For N instances, raise instanceCount; for autoscale (S1 or above), set
// appServiceSku = 'S1' and autoscaleMinInstances = 2, autoscaleMaxInstances = 4 (see the runbook's section 12).
param instanceCount = 1
