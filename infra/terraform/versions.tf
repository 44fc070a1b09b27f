terraform {
  required_version = ">= 1.5.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.95"
    }
  }

  # Remote state in S3, locked in DynamoDB (both made once by ./bootstrap).
  # The bucket name holds the account id, so it is given at init time:
  #   terraform init -backend-config="bucket=devopstrack-tfstate-<account-id>"
  backend "s3" {
    key            = "devopstrack/eks/terraform.tfstate"
    region         = "eu-west-3"
    dynamodb_table = "devopstrack-tf-lock"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project   = "devopstrack"
      ManagedBy = "terraform"
    }
  }
}
