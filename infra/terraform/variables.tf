variable "region" {
  description = "AWS region of every resource."
  type        = string
  default     = "eu-west-3"
}

variable "cluster_name" {
  description = "Name of the EKS cluster (aws eks update-kubeconfig --name ...)."
  type        = string
  default     = "devopstrack-eks"
}

variable "cluster_version" {
  description = "Kubernetes version of the EKS control plane and node group."
  type        = string
  default     = "1.35"
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "node_instance_types" {
  description = "EC2 instance types of the managed node group."
  type        = list(string)
  default     = ["t3.medium"]
}

variable "node_min_size" {
  description = "Minimum number of nodes."
  type        = number
  default     = 2
}

variable "node_max_size" {
  description = "Maximum number of nodes."
  type        = number
  default     = 4
}

variable "node_desired_size" {
  description = "Number of nodes at creation (later left to the autoscaler)."
  type        = number
  default     = 2
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose workflows may assume the DevOpsTrackGitHub role."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must look like owner/name."
  }
}

variable "github_role_policy_arns" {
  description = "Managed policies attached to the DevOpsTrackGitHub role. Terraform apply creates VPCs, IAM roles, KMS keys and EKS clusters, hence administrator rights by default; narrow them to your account's needs."
  type        = list(string)
  default     = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

variable "ecr_repositories" {
  description = "ECR repositories, one per image."
  type        = list(string)
  default     = ["auth-service", "projects-service", "tasks-service", "metrics-service", "tasks-worker", "frontend"]
}

variable "log_retention_days" {
  description = "Retention of the EKS control-plane logs in CloudWatch."
  type        = number
  default     = 30
}
