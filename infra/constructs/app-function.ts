import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleEnvironment, sourceMapsFromContext } from './function-bundling.ts';
import { functionCode } from './function-code.ts';

/** Lambda runtime: the newest Node.js this aws-cdk-lib knows (the AWS SDK v3 soon needs Node >= 22). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
/** How long function logs are kept: long enough to look back over a job search's weeks. */
export const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

export interface AppFunctionProps {
  /** Absolute path of the handler module (exports `handler`). */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Powertools service name, also the function's log key. */
  readonly serviceName: string;
  readonly environment: Readonly<Record<string, string>>;
  /** Async invocation: retries, age limit and failure destination. */
  readonly retryAttempts: number;
  readonly maxEventAge: Duration;
  readonly onFailure: lambda.IDestination;
  /** Runs allowed at once (a cost guard); undefined reserves none. */
  readonly reservedConcurrentExecutions?: number;
  /** Log level for Powertools; bodies and addresses only ever appear at DEBUG. */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
}

/**
 * A project Lambda: bundled by local esbuild (no Docker, options in ./function-bundling.ts), ESM, ARM64, its own log group with a
 * retention, and its own role that may write only to that log group (no AWS managed policy).
 */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.serviceName} function`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn, `${this.logGroup.logGroupArn}:log-stream:*`],
      }),
    );

    // Off unless `-c jobnudge:sourceMaps=true`: no map shipped and none read at cold start.
    const sourceMaps = sourceMapsFromContext(this.node);
    this.function = new NodejsFunction(this, 'Function', {
      // What is bundled and what the runtime provides, and why: ./function-bundling.ts.
      code: functionCode(props.entry, sourceMaps),
      handler: 'index.handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...bundleEnvironment(sourceMaps),
      },
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
      onFailure: props.onFailure,
      ...(props.reservedConcurrentExecutions === undefined ? {} : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
    });
  }
}
