# One ECR repository per image (the default registry stays GHCR; ECR keeps a
# copy close to the cluster). Tags are mutable because CI pushes `latest`.
resource "aws_ecr_repository" "app" {
  for_each = toset(var.ecr_repositories)

  name                 = "devopstrack/${each.value}"
  image_tag_mutability = "MUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_lifecycle_policy" "app" {
  for_each   = aws_ecr_repository.app
  repository = each.value.name

  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the 30 most recent images"
      selection = {
        tagStatus   = "any"
        countType   = "imageCountMoreThan"
        countNumber = 30
      }
      action = { type = "expire" }
    }]
  })
}
