// The resource tagging API commands the library sends. aws-clients.ts loads this module (a chunk of its own) on first use.
export {
  ResourceGroupsTaggingAPIClient as Client,
  GetResourcesCommand,
} from '@aws-sdk/client-resource-groups-tagging-api';
