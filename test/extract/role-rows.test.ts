import { describe, expect, it } from 'vitest';
import { cleanRole, readRole } from '../../shared/extract/role.ts';
import { labelledTitles } from '../../shared/extract/role/labels.ts';

const roleOf = (subject: string, body: string, company: string | null = null): string | null => readRole(subject, body, company).found?.value ?? null;

describe('role: labelled rows', () => {
  it('reads a label behind an emoji, a bullet or a table bar', () => {
    expect(roleOf('Your visit', 'Details below.\n\n🧾 Position: Line Cook\n🕒 When: Friday 9am')).toBe('Line Cook');
    expect(roleOf('Your visit', 'Details below.\n\n• Role: Bakery Supervisor\n• Where: Main St')).toBe('Bakery Supervisor');
    expect(roleOf('Summary', 'Application summary\n\n| Job Title | Loan Processor | \n| Branch | Eastgate |')).toBe('Loan Processor');
  });

  it('reads "X applied for" labels', () => {
    expect(roleOf('Received', 'Hello,\n\nJob applied for: Claims Handler\nSubmitted: today')).toBe('Claims Handler');
    expect(roleOf('Received', 'Hello,\n\nVacancy Applied: Mobile Developer (Flutter)\nSubmitted: today')).toBe('Mobile Developer (Flutter)');
    expect(roleOf('Received', 'Hello,\n\nApplied for: Night Auditor\nStatus: Under review')).toBe('Night Auditor');
  });

  it('reads the title under a label alone on its line', () => {
    expect(roleOf('Summary', 'Thanks!\n\nPosition:\nSenior Copy Editor\nLocation:\nHybrid')).toBe('Senior Copy Editor');
    expect(roleOf('Summary', 'Thanks!\n\nRole title:\n\nData Steward\n\nTeam:\nFinance')).toBe('Data Steward');
  });

  it('takes no header cell for a title', () => {
    expect(labelledTitles('| Position | Status |\n|---|---|')).toEqual([{ value: 'Status', question: false }]);
    expect(labelledTitles('Role |')).toEqual([]);
  });

  it('reads a title after a vacancy or job number', () => {
    expect(roleOf('Interview', 'Dear Sam,\n\nVacancy 30918 – Building Control Surveyor\n\nWe would like to meet you.')).toBe('Building Control Surveyor');
    expect(roleOf('Interview', 'Dear Sam,\n\nJob No. 5521: Catering Assistant\n\nWe would like to meet you.')).toBe('Catering Assistant');
    // A year or a word after "Job" is not a number line.
    expect(labelledTitles('Job well done – Thanks team')).toEqual([]);
  });

  it("reads a form's answer to which post the candidate wants", () => {
    expect(roleOf('New booking', 'Questions:\nWhat position are you applying for? Dispatch Coordinator\nPhone: 555')).toBe('Dispatch Coordinator');
    expect(roleOf('New booking', 'Which job is this about?\nWarehouse Picker\n')).toBe('Warehouse Picker');
    expect(roleOf('New booking', 'Which role are you interested in? not sure yet')).toBeNull();
  });
});

describe('role: board relays', () => {
  it('reads the card under a line that ends on "your application"', () => {
    expect(roleOf('Update', 'Hi Sam,\nBrightmoor Dental viewed your application.\nDental Receptionist\nBrightmoor Dental – Akron, OH')).toBe('Dental Receptionist');
    expect(roleOf('Update', 'Good news!\nWe forwarded your application via Jobly:\nIT Support Technician II\nRemote')).toBe('IT Support Technician II');
  });

  it('reads the card under "your application was sent / submitted", bullet, link or dashed specialty and all', () => {
    expect(roleOf('Sent', 'Your application was sent to Morrow Labs\n• Quality Engineer [https://jobs.example/view/88]\nMorrow Labs · Leeds')).toBe('Quality Engineer');
    expect(roleOf('Submitted', 'Your application has been successfully submitted.\nSite Engineer – Water Networks\nHolt Civil\nDerby, UK')).toBe('Site Engineer – Water Networks');
  });

  it('takes no sentence under such a line for a title', () => {
    expect(roleOf('Update', 'We have received your application.\nOur recruiter will be in touch.')).toBeNull();
  });
});

describe('role: tails and ids', () => {
  it('drops a store or site number after the title', () => {
    expect(cleanRole('Shift Supervisor – Store #1182 (Elm Park)', null)).toBe('Shift Supervisor');
    expect(cleanRole('Pharmacy Cashier - Site 14', null)).toBe('Pharmacy Cashier');
    expect(cleanRole('Store Manager', null)).toBe('Store Manager');
  });

  it('drops a reference label whose number the sentence end cut off', () => {
    expect(cleanRole('Bus Mechanic, Competition No', null)).toBe('Bus Mechanic');
    expect(cleanRole('Payroll Officer, Job No', null)).toBe('Payroll Officer');
  });

  it('drops a dashed job number before a separator', () => {
    expect(cleanRole('2027-0318 - Graduate Surveyor', null)).toBe('Graduate Surveyor');
    expect(cleanRole('JR-20931 | Category Buyer', null)).toBe('Category Buyer');
  });

  it('drops a bare pay grade or band in brackets, keeps a bare level', () => {
    expect(cleanRole('Planning Officer (Grade 6)', null)).toBe('Planning Officer');
    expect(cleanRole('Ward Clerk (Band 2)', null)).toBe('Ward Clerk');
    expect(cleanRole('Housing Officer (Level 3)', null)).toBe('Housing Officer (Level 3)');
  });

  it('leaves the terms of the work out of a title read by its shape', () => {
    expect(roleOf('Chat?', 'Hi Sam, my client is hiring a Data Platform Engineer (12-month contract) in Bristol.')).toBe('Data Platform Engineer');
    expect(roleOf('Chat?', 'Hi Sam, we are hiring a Staff Nurse (permanent, nights) for the ward.')).toBe('Staff Nurse');
    expect(roleOf('Chat?', 'Hi Sam, we are hiring a Product Designer (Growth) this month.')).toBe('Product Designer (Growth)');
  });
});

describe('role: casual and welcome phrasings', () => {
  it('reads "as our next X" and "as our new X"', () => {
    expect(roleOf('Offer', 'We would be thrilled to have you as our next Events Manager.')).toBe('Events Manager');
    expect(roleOf('Offer', 'Please join us as our new Head of People, starting in March.')).toBe('Head of People');
  });

  it('reads "the X spot" and ends a title before a thank-you', () => {
    expect(roleOf('re: hi', 'got your application for the sous chef spot, thanks a lot')).toBe('sous chef');
    expect(roleOf('re: hi', 'Saw your note about the Bar Manager spot, cheers')).toBe('Bar Manager');
  });
});

describe('role: the post named in another language inside English mail', () => {
  it('reads "vaga de", "puesto de", "poste de", "posizione di" before a capitalised title', () => {
    expect(roleOf('Update', 'Hi Sam, we chose another candidate para a vaga de Engenheira de Dados Sênior - sorry.')).toBe('Engenheira de Dados Sênior');
    expect(roleOf('Update', 'Thanks for your interest in el puesto de Jefe de Almacén. We will reply soon.')).toBe('Jefe de Almacén');
    expect(roleOf('Update', 'Your file for the poste de Chargée de Recrutement is complete.')).toBe('Chargée de Recrutement');
  });

  it('takes no lower-case words after them', () => {
    expect(roleOf('Update', 'Obrigada, a vaga de emprego foi preenchida.')).toBeNull();
  });
});

describe('role: subjects in other languages over English mail', () => {
  it('reads the title after an application or interview word', () => {
    expect(roleOf('Votre candidature au poste de Responsable Logistique', 'Dear Sam, thank you.')).toBe('Responsable Logistique');
    expect(roleOf('Candidatura: Desarrolladora Backend', 'Dear Sam, thank you.')).toBe('Desarrolladora Backend');
    expect(roleOf('Uw sollicitatie als Medewerker Inkoop', 'Dear Sam, thank you.')).toBe('Medewerker Inkoop');
    expect(roleOf('Colloquio - Addetto Contabilità', 'Dear Sam, see you Monday.')).toBe('Addetto Contabilità');
  });

  it('takes no lower-case word after it for a title, nor a lone word it cannot tell is a post', () => {
    expect(roleOf('Uw sollicitatie als Verpleegkundige', 'Dear Sam, thank you.')).toBeNull();
    expect(roleOf('Candidature reçue', 'Dear Sam, thank you.')).toBeNull();
    expect(roleOf('Entrevista confirmada', 'Dear Sam, see you Monday.')).toBeNull();
  });
});
