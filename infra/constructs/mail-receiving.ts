import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { DeploySettings } from '../../shared/config/deploy-settings.ts';
import { inboundSmtpHost, receivedAddresses } from '../../shared/config/deploy-settings.ts';
import { nagResourceText } from '../nag-finding-id.ts';
import { LOG_RETENTION } from './app-function.ts';
import { SesS3Action } from './ses-s3-action.ts';

/** MX preference for the single SES inbound host. */
const MX_PRIORITY = 10;
/** TTL of the records the stack writes; short, so a mistake is fixed quickly. */
const RECORD_TTL = Duration.minutes(30);

export interface MailReceivingProps {
  readonly settings: DeploySettings;
  readonly rawBucket: s3.IBucket;
  readonly rawPrefix: string;
  /** Invoked asynchronously (Event) after the raw mail is stored. */
  readonly parser: lambda.IFunction;
}

/** A DNS record the user adds (or the stack wrote into Route 53). */
export interface DnsRecordSpec {
  readonly type: 'MX' | 'CNAME';
  readonly name: string;
  readonly value: string;
}

/**
 * SES receiving for the ingest address: the domain identity (with Easy DKIM), its DNS records when a
 * Route 53 zone is given, a receipt rule set with one rule (scan, TLS, store in S3, then invoke the
 * parser), and a custom resource that makes the rule set the region's active one.
 */
export class MailReceiving extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly ruleSet: ses.ReceiptRuleSet;
  readonly rule: ses.ReceiptRule;
  /** The records this domain needs: written to Route 53 when a zone is configured. */
  readonly dnsRecords: readonly DnsRecordSpec[];

  constructor(scope: Construct, id: string, props: MailReceivingProps) {
    super(scope, id);
    const { settings } = props;
    const stack = Stack.of(this);
    const ruleSetName = `${stack.stackName}-inbound`;
    const ruleName = 'ingest';

    this.identity = new ses.EmailIdentity(this, 'DomainIdentity', {
      identity: ses.Identity.domain(settings.domain),
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });

    const mxValue = `${MX_PRIORITY} ${inboundSmtpHost(settings.region)}`;
    this.dnsRecords = [
      { type: 'MX', name: settings.domain, value: mxValue },
      ...this.identity.dkimRecords.map((record): DnsRecordSpec => ({ type: 'CNAME', name: record.name, value: record.value })),
    ];
    if (settings.hostedZone) this.writeRecords(settings);

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: ruleSetName });

    const ruleArn = stack.formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${ruleSetName}:receipt-rule/${ruleName}`,
    });
    // Added under the id aws-ses-actions looks for, so its Lambda action reuses this narrower
    // permission (account *and* rule) instead of adding an account-only one.
    props.parser.addPermission('AllowSes', {
      action: 'lambda:InvokeFunction',
      principal: new iam.ServicePrincipal('ses.amazonaws.com'),
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: ruleArn,
    });

    this.rule = this.ruleSet.addRule('Ingest', {
      receiptRuleName: ruleName,
      // Replies to reminders and the secret address must arrive too (deploy-settings.receivedAddresses).
      recipients: receivedAddresses(settings),
      enabled: true,
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.REQUIRE,
      actions: [
        new SesS3Action({ bucket: props.rawBucket, objectKeyPrefix: props.rawPrefix, ruleSetName, ruleName }),
        new sesActions.Lambda({ function: props.parser, invocationType: sesActions.LambdaInvocationType.EVENT }),
      ],
    });
    // Mail for the address must not arrive before SES may use the domain.
    this.rule.node.addDependency(this.identity);

    this.activate(ruleSetName);
  }

  private writeRecords(settings: DeploySettings): void {
    const hostedZone = settings.hostedZone;
    if (!hostedZone) return;
    const zone = route53.PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: hostedZone.id,
      zoneName: hostedZone.name,
    });
    new route53.MxRecord(this, 'MxRecord', {
      zone,
      recordName: `${settings.domain}.`,
      values: [{ priority: MX_PRIORITY, hostName: inboundSmtpHost(settings.region) }],
      ttl: RECORD_TTL,
    });
    this.identity.dkimRecords.forEach((record, index) => {
      new route53.CnameRecord(this, `DkimRecord${index + 1}`, {
        zone,
        // SES hands out fully qualified names; the trailing dot stops Route 53 appending the zone.
        recordName: `${record.name}.`,
        domainName: record.value,
        ttl: RECORD_TTL,
      });
    });
  }

  /**
   * CloudFormation cannot make a rule set active (aws/aws-cdk#10321). Activate it on create/update and
   * deactivate on delete (a region has one active rule set; an active set cannot be deleted).
   */
  private activate(ruleSetName: string): void {
    const activationLogs = new logs.LogGroup(this, 'ActivationLogs', {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const activationRole = new iam.Role(this, 'ActivationRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Activates the jobnudge receipt rule set',
    });
    activationRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [activationLogs.logGroupArn, `${activationLogs.logGroupArn}:log-stream:*`],
      }),
    );
    const activate: cr.AwsSdkCall = {
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: { RuleSetName: ruleSetName },
      physicalResourceId: cr.PhysicalResourceId.of(`${ruleSetName}-active`),
    };
    const activation = new cr.AwsCustomResource(this, 'ActivateRuleSet', {
      onCreate: activate,
      onUpdate: activate,
      // No RuleSetName: no rule set active, which lets CloudFormation delete ours.
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ses:SetActiveReceiptRuleSet'], resources: ['*'] }),
      ]),
      role: activationRole,
      logGroup: activationLogs,
      installLatestAwsSdk: false,
      timeout: Duration.minutes(2),
    });
    activation.node.addDependency(this.rule);
    Validations.of(activationRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagResourceText(this, activationLogs.logGroupArn)}:log-stream:*]`,
      reason: 'Log streams are created by Lambda at run time, inside this function\'s own log group.',
    });
    Validations.of(activation).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ses:SetActiveReceiptRuleSet switches the region-wide active rule set and names no resource; the role may do nothing else besides writing its own log group.',
    });
  }
}
