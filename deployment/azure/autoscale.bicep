// CPU-based autoscale of the App Service plan, deployed by main.bicep when autoscaleMaxInstances is above
// autoscaleMinInstances on a Standard or Premium plan (Basic plans scale only by hand).
metadata description = 'Autoscale of the CoproBot App Service plan on its average CPU.'

@description('Base of the autoscale setting\'s name.')
param appName string

@description('The App Service plan that is scaled.')
param planId string

@description('The fewest instances the plan runs.')
@minValue(1)
param minInstances int

@description('The most instances the plan runs.')
@minValue(1)
param maxInstances int

@description('The instances the plan runs when the CPU metric cannot be read.')
@minValue(1)
param defaultInstances int

@description('Average CPU percentage over 10 minutes above which one instance is added; one is removed when it stays under half of this for 20 minutes.')
@minValue(10)
@maxValue(95)
param cpuPercent int

@description('Where the autoscale setting goes.')
param location string

@description('Tags put on every resource.')
param tags object

resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: '${appName}-autoscale'
  location: location
  tags: tags
  properties: {
    enabled: true
    targetResourceUri: planId
    profiles: [
      {
        name: 'cpu'
        capacity: {
          minimum: string(minInstances)
          maximum: string(maxInstances)
          default: string(defaultInstances)
        }
        rules: [
          // Out quickly: a new instance takes a minute or two to start and load the sentence model.
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: planId
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: cpuPercent
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          // In slowly, and well below the threshold, so the plan does not flap between two counts.
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: planId
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: cpuPercent / 2
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT15M'
            }
          }
        ]
      }
    ]
  }
}

@description('The autoscale setting\'s name.')
output name string = autoscale.name
