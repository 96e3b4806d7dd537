/** An AMI as DescribeImages returns it: `imagesSet/item` with the model's lowerCamel wire names. */
import type { Ec2BlockDevice, Ec2ImageRecord } from '../stores.js'
import { isPublicImage } from './image-access.js'
import { element, itemList, optionalElement, tagSet, type XmlElement } from './xml.js'

/** Billing codes EC2 reports for each platform; anything else bills as plain Linux. */
const USAGE_OPERATIONS: Record<string, string> = {
  'Linux/UNIX': 'RunInstances',
  Windows: 'RunInstances:0002',
  'Red Hat Enterprise Linux': 'RunInstances:0010',
  'SUSE Linux': 'RunInstances:000g',
  'Ubuntu Pro': 'RunInstances:0g00'
}

/** gp3 volumes always report their baseline performance. */
const GP3_BASELINE = { iops: 3000, throughput: 125 }

export function imageItem(image: Ec2ImageRecord): XmlElement[] {
  return [
    element('imageId', image.imageId),
    element('imageLocation', `${image.ownerAlias ?? image.ownerId}/${image.name}`),
    element('imageState', image.state),
    element('imageOwnerId', image.ownerId),
    element('creationDate', image.creationDate),
    element('isPublic', isPublicImage(image)),
    element('architecture', image.architecture),
    element('imageType', 'machine'),
    ...optionalElement('platform', image.platform),
    element('name', image.name),
    ...optionalElement('description', image.description),
    ...optionalElement('imageOwnerAlias', image.ownerAlias),
    element('rootDeviceType', 'ebs'),
    element('rootDeviceName', image.rootDeviceName),
    itemList('blockDeviceMapping', image.blockDeviceMappings.map(blockDeviceItem)),
    element('virtualizationType', 'hvm'),
    ...tagSet(image.tags),
    element('hypervisor', 'xen'),
    element('enaSupport', true),
    ...optionalElement('bootMode', image.architecture === 'arm64' ? 'uefi' : undefined),
    element('platformDetails', image.platformDetails),
    element('usageOperation', USAGE_OPERATIONS[image.platformDetails] ?? 'RunInstances'),
    ...optionalElement('deprecationTime', image.deprecationTime)
  ]
}

function blockDeviceItem(device: Ec2BlockDevice): XmlElement[] {
  const gp3 = device.volumeType === 'gp3'
  return [
    element('deviceName', device.deviceName),
    element('ebs', [
      element('deleteOnTermination', device.deleteOnTermination),
      ...optionalElement('iops', gp3 ? GP3_BASELINE.iops : undefined),
      element('snapshotId', device.snapshotId),
      element('volumeSize', device.volumeSize),
      element('volumeType', device.volumeType),
      ...optionalElement('throughput', gp3 ? GP3_BASELINE.throughput : undefined),
      element('encrypted', device.encrypted)
    ])
  ]
}
