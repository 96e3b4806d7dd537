/** ECR per region: repositories and the images pushed to them. */
import type { EcrImageRecord, EcrRepositoryRecord, EcrStore } from '../stores.js'

interface StoredRepository {
  record: EcrRepositoryRecord
  images: EcrImageRecord[]
}

export class MemoryEcrStore implements EcrStore {
  private readonly repositories = new Map<string, StoredRepository>()

  constructor(private readonly accountId: string) {}

  createRepository(region: string, repositoryName: string, now: number): EcrRepositoryRecord {
    const key = keyOf(region, repositoryName)
    const existing = this.repositories.get(key)
    if (existing !== undefined) return { ...existing.record }
    const record = { repositoryName, region, registryId: this.accountId, createdAt: now }
    this.repositories.set(key, { record, images: [] })
    return { ...record }
  }

  getRepository(region: string, repositoryName: string): EcrRepositoryRecord | undefined {
    const found = this.repositories.get(keyOf(region, repositoryName))
    return found === undefined ? undefined : { ...found.record }
  }

  listRepositories(region: string): EcrRepositoryRecord[] {
    return [...this.repositories.values()]
      .filter(({ record }) => record.region === region)
      .map(({ record }) => ({ ...record }))
  }

  putImage(region: string, repositoryName: string, image: EcrImageRecord): void {
    const repository = this.repositories.get(keyOf(region, repositoryName))
    if (repository === undefined)
      throw new Error(`No ECR repository ${repositoryName} in ${region}`)
    for (const other of repository.images) {
      other.imageTags = other.imageTags.filter((tag) => !image.imageTags.includes(tag))
    }
    const same = repository.images.find((other) => other.imageDigest === image.imageDigest)
    if (same === undefined) repository.images.push({ ...image, imageTags: [...image.imageTags] })
    else same.imageTags = [...same.imageTags, ...image.imageTags]
  }

  listImages(region: string, repositoryName: string): EcrImageRecord[] {
    return (this.repositories.get(keyOf(region, repositoryName))?.images ?? []).map((image) => ({
      ...image,
      imageTags: [...image.imageTags]
    }))
  }
}

function keyOf(region: string, name: string): string {
  return `${region}|${name}`
}
