// Alerts for a CoproBot deployment: readiness failing, server errors, and failed turns.
metadata description = 'CoproBot alerts: App Service health check, HTTP 5xx, and turns with outcome error.'

@description('Base of the alert names.')
param appName string

@description('Where alerts are e-mailed.')
param alertEmail string

@description('The web app\'s resource id.')
param siteId string

@description('The Application Insights resource id (the turn metrics are exported there).')
param appInsightsId string

@description('The region of the log alert.')
param location string

@description('Tags put on every resource.')
param tags object

resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${appName}-operators'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: take(appName, 12)
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

resource notReady 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${appName}-not-ready'
  location: 'global'
  tags: tags
  properties: {
    description: 'Instances answer /health/ready with an error (storage unreachable): App Service HealthCheckStatus below 100.'
    severity: 1
    enabled: true
    scopes: [
      siteId
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'health'
          criterionType: 'StaticThresholdCriterion'
          metricName: 'HealthCheckStatus'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
        }
      ]
    }
    actions: [
      {
        actionGroupId: operators.id
      }
    ]
  }
}

resource serverErrors 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${appName}-server-errors'
  location: 'global'
  tags: tags
  properties: {
    description: 'More than 5 HTTP 5xx answers in 5 minutes.'
    severity: 2
    enabled: true
    scopes: [
      siteId
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'http5xx'
          criterionType: 'StaticThresholdCriterion'
          metricName: 'Http5xx'
          operator: 'GreaterThan'
          threshold: 5
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [
      {
        actionGroupId: operators.id
      }
    ]
  }
}

resource failedTurns 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${appName}-failed-turns'
  location: location
  tags: tags
  properties: {
    displayName: '${appName}: failed turns'
    description: 'More than 5 turns ended with outcome error in 15 minutes (metric coprobot.turns).'
    severity: 2
    enabled: true
    scopes: [
      appInsightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "coprobot.turns" and tostring(customDimensions["outcome"]) == "error" | summarize failed = sum(valueSum)'
          timeAggregation: 'Total'
          metricMeasureColumn: 'failed'
          operator: 'GreaterThan'
          threshold: 5
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [
        operators.id
      ]
    }
  }
}
