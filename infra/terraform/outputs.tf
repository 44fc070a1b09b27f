output "cluster_name" {
  description = "EKS cluster name."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "Kubernetes API endpoint."
  value       = module.eks.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64 CA certificate of the cluster (kubeconfig certificate-authority-data)."
  value       = module.eks.cluster_certificate_authority_data
}

output "kubeconfig_command" {
  description = "Writes a kubeconfig entry for the cluster."
  value       = "aws eks update-kubeconfig --name ${module.eks.cluster_name} --region ${var.region}"
}

output "kubeconfig" {
  description = "A kubeconfig that authenticates with `aws eks get-token`."
  value = yamlencode({
    apiVersion      = "v1"
    kind            = "Config"
    current-context = module.eks.cluster_name
    clusters = [{
      name = module.eks.cluster_name
      cluster = {
        server                     = module.eks.cluster_endpoint
        certificate-authority-data = module.eks.cluster_certificate_authority_data
      }
    }]
    contexts = [{
      name    = module.eks.cluster_name
      context = { cluster = module.eks.cluster_name, user = module.eks.cluster_name }
    }]
    users = [{
      name = module.eks.cluster_name
      user = {
        exec = {
          apiVersion = "client.authentication.k8s.io/v1beta1"
          command    = "aws"
          args       = ["eks", "get-token", "--cluster-name", module.eks.cluster_name, "--region", var.region]
        }
      }
    }]
  })
}

output "vpc_id" {
  description = "VPC id."
  value       = module.vpc.vpc_id
}

output "ecr_repository_urls" {
  description = "ECR repository URL per image."
  value       = { for k, r in aws_ecr_repository.app : k => r.repository_url }
}

output "github_actions_role_arn" {
  description = "Value of the GitHub secret AWS_ROLE_TO_ASSUME."
  value       = aws_iam_role.github.arn
}

output "kms_key_arn" {
  description = "KMS key encrypting Kubernetes secrets."
  value       = module.eks.kms_key_arn
}
